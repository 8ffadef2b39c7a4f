package org.onenumber.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A record a carrier's back office sees through the API, and so in its change feed: it carries the time of its last
 * change, and every insert, update and delete of it is written to the feed in the same transaction (the audit
 * capability's ChangeLog, which its ChangeFeedCustomizer puts on every tracked entity).
 */
@MappedSuperclass
public abstract class Tracked extends Identified implements Tenant {

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    @PrePersist
    @PreUpdate
    void stampLastModified() {
        lastModified = now();
    }

    /**
     * Marks the record changed although none of its own columns did (a user whose station changed): it gets a new
     * version and lastModified, and the feed a MODIFIED.
     */
    public void touch() {
        lastModified = now();
    }

    /** As the database keeps it (microseconds), so what a client reads back compares equal. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Instant getLastModified() {
        return lastModified;
    }

    /** The record's kind as the change feed names it: ACCOUNT, SITE, USER, ... */
    public abstract String feedKind();

    /** The id the API gives the record (a mobility user is known by its user's id). */
    public Long feedId() {
        return getId();
    }

    /** What a client knows the record by besides its id (a phone number's E.164 number); null for most. */
    public String feedKey() {
        return null;
    }
}
