package org.onenumber.mobility.boundary;

import java.io.Serializable;
import java.time.Instant;

/** An account whose admin activated Mobility and confirmed the purchase, waiting for support to complete it. */
public record PendingActivation(long accountId, String accountName, Instant requestedAt, String requestedBy)
        implements Serializable {
}
