package org.onenumber.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One change of a record a carrier sees, as the feed returns it. Written by {@code ChangeLog} in the changing
 * transaction and numbered into the feed's order by {@code FeedSequencer}; read-only here.
 */
@Entity
@Table(name = "change_entry")
public class ChangeEntry implements Serializable {

    @Id
    private Long id;

    @Column(name = "carrier_id", nullable = false)
    private long carrierId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "entity_kind", nullable = false)
    private String entityKind;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "entity_key")
    private String entityKey;

    @Column(name = "entity_version", nullable = false)
    private long entityVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false)
    private ChangeKind changeKind;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "feed_batch")
    private Long feedBatch;

    protected ChangeEntry() {
    }

    public FeedPosition position() {
        return new FeedPosition(feedBatch, id);
    }

    public Long getId() {
        return id;
    }

    public long getCarrierId() {
        return carrierId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getEntityKind() {
        return entityKind;
    }

    public long getEntityId() {
        return entityId;
    }

    public String getEntityKey() {
        return entityKey;
    }

    public long getEntityVersion() {
        return entityVersion;
    }

    public ChangeKind getChangeKind() {
        return changeKind;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
