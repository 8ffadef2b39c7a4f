package org.onenumber.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which entries of the trail to read: one account's ({@code accountId}) or, for support, the whole carrier's (null),
 * narrowed by who made the change, the kind of entity and the action, and when (from inclusive, to exclusive).
 * Each narrowing is left out when null or blank.
 */
public record AuditFilter(Long accountId, String who, String kind, String action, Instant from, Instant to)
        implements Serializable {

    public static AuditFilter of(Long accountId) {
        return new AuditFilter(accountId, null, null, null, null, null);
    }
}
