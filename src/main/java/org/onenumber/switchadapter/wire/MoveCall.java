package org.onenumber.switchadapter.wire;

/**
 * Pushes or pulls an active call to the desk phone, the mobile client, the Office Anywhere phone or the cell phone.
 * {@code address} picks one of the subscriber's Office Anywhere or cell numbers (null: the first); it must be one the
 * subscriber holds. Imperative, so not versioned: the switch remembers each {@code commandId} and answers a repeat
 * with the first result.
 */
public record MoveCall(String id, String commandId, String callId, Device target, String address) implements Request {

    public MoveCall(String id, String commandId, String callId, Device target) {
        this(id, commandId, callId, target, null);
    }
}
