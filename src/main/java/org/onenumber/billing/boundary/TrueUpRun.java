package org.onenumber.billing.boundary;

import java.io.Serializable;
import java.util.Date;

/** A run of the true-up job as its starter sees it: the batch status (STARTING ... COMPLETED, FAILED) and what it did. */
public record TrueUpRun(long executionId, String month, Long accountId, String status, String exitStatus, Date startedAt,
                        Date endedAt) implements Serializable {

    public boolean isRunning() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }
}
