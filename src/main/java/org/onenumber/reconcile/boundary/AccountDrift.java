package org.onenumber.reconcile.boundary;

import java.io.Serializable;

/** The drift a run found in one account, by kind: a line of the drill-down. The account may be unknown (null). */
public record AccountDrift(Long accountId, String accountName, long orphans, long missing, long wrongStation, long stuck,
                           long settings) implements Serializable {

    public long total() {
        return orphans + missing + wrongStation + stuck + settings;
    }
}
