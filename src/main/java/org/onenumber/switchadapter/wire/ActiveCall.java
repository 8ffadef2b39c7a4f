package org.onenumber.switchadapter.wire;

import java.util.Set;

/**
 * A call in progress. {@code parties} counts everyone on the call, the subscriber included; the flags are
 * the situations in which the reference PBX refuses to move a call.
 */
public record ActiveCall(String callId, String subscriber, String from, CallState state, Device device, int parties,
        Set<Flag> flags) {

    public ActiveCall {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    public ActiveCall on(Device newDevice) {
        return new ActiveCall(callId, subscriber, from, state, newDevice, parties, flags);
    }

    public ActiveCall in(CallState newState) {
        return new ActiveCall(callId, subscriber, from, newState, device, parties, flags);
    }

    public enum Flag {
        /** Dialed into a conference bridge: still movable, however many parties it has. */
        CONFERENCE_BRIDGE,
        BRIDGED,
        SECONDARY_LINE,
        HUNT_GROUP_QUEUE,
        SILENT_MONITOR,
        /** Pays toll charges (a cell or external leg); reported on the USAGE event. */
        TOLL
    }
}
