package org.onenumber.switching.boundary;

/**
 * How far the switch is behind for one subscriber: the newest version the database wants, the newest
 * the switch confirmed, and the reason of the newest failure if that is where it stands; and how many
 * older states a newer one replaced before they were sent.
 */
public record SyncStatus(String subscriber, long desiredVersion, long appliedVersion, long pendingCommands,
                         String lastError, long supersededCommands) {

    public enum State { IN_SYNC, PENDING, FAILED }

    public State state() {
        if (desiredVersion == appliedVersion) {
            return State.IN_SYNC;
        }
        return pendingCommands > 0 ? State.PENDING : State.FAILED;
    }
}
