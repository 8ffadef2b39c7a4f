package org.onenumber.mobility.boundary;

import java.io.Serializable;

/**
 * An account's mobility users by where they stand: those who got the provisioning email that sets up their app, and
 * those still waiting for it (added while activation was pending: it goes out when support completes activation).
 */
public record MobilityUserCounts(long total, long provisioned) implements Serializable {

    public long waiting() {
        return total - provisioned;
    }
}
