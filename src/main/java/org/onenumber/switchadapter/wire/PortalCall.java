package org.onenumber.switchadapter.wire;

/**
 * A user calls out through an Office Anywhere portal: {@code from} is the phone they call from (it must be an
 * Office Anywhere number of some subscriber), {@code portal} the portal's phone number they dialled and
 * {@code to} the destination they then enter (E.164). The switch places the call as that subscriber,
 * presenting their desk caller ID, and answers a {@link PortalCallResult}, or 409 with the reason it will not.
 * Imperative, like {@link MoveCall}, but not de-duplicated: each request places a call, as each dial would.
 */
public record PortalCall(String id, String from, String portal, String to) implements Request {
}
