package org.onenumber.switchsim;

import java.util.Optional;
import org.onenumber.switchadapter.wire.ActiveCall;
import org.onenumber.switchadapter.wire.ActiveCall.Flag;
import org.onenumber.switchadapter.wire.CallState;

/**
 * When a call cannot be moved, after the reference's list: a large (station controlled) conference until it
 * is back to a simple call, unless it was dialed into a conference bridge; a bridged call; a call on a
 * secondary line appearance; a call from a hunt group queue; a silent monitor call. A three-way local
 * conference is movable (the reference notes only one leg moves) and so is not refused here.
 */
public final class MoveRestrictions {

    /** More parties than this, the subscriber included, make a large conference. */
    public static final int LARGE_CONFERENCE_PARTIES = 3;

    private MoveRestrictions() {
    }

    /** Why the call cannot be moved, or empty if it can. */
    public static Optional<String> refusal(ActiveCall call) {
        if (call.state() != CallState.CONNECTED && call.state() != CallState.HELD) {
            return Optional.of("the call is " + call.state() + "; only an answered call can be moved");
        }
        if (call.parties() > LARGE_CONFERENCE_PARTIES && !call.flags().contains(Flag.CONFERENCE_BRIDGE)) {
            return Optional.of("the call is a large conference of " + call.parties()
                    + " parties; it can be moved once it is back to a two-party call");
        }
        if (call.flags().contains(Flag.BRIDGED)) {
            return Optional.of("the call is bridged; it can be moved once the bridging ends");
        }
        if (call.flags().contains(Flag.SECONDARY_LINE)) {
            return Optional.of("the call is on a secondary line appearance; move it to the primary line first");
        }
        if (call.flags().contains(Flag.HUNT_GROUP_QUEUE)) {
            return Optional.of("the call came from a hunt group queue whose pilot number does not allow moving calls");
        }
        if (call.flags().contains(Flag.SILENT_MONITOR)) {
            return Optional.of("a silent monitor call must finish on the device that started it");
        }
        return Optional.empty();
    }
}
