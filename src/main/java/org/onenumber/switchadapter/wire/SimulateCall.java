package org.onenumber.switchadapter.wire;

/**
 * Asks how a call to a business number would be routed now, assuming nobody answers, without placing it;
 * the answer is a {@link RoutingTrace}. Support staff use it to explain "why did my cell not ring".
 */
public record SimulateCall(String id, String to, String from) implements Request {
}
