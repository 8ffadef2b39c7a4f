package org.onenumber.switchadapter.wire;

/**
 * Pushes or pulls an active call to the desk phone, the mobile client or the Office Anywhere phone (the
 * subscriber's first Office Anywhere number; between it and the desk phone only). Imperative, so not
 * versioned: the switch remembers each {@code commandId} and answers a repeat with the first result.
 */
public record MoveCall(String id, String commandId, String callId, Device target) implements Request {
}
