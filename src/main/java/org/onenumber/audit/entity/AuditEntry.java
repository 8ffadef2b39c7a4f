package org.onenumber.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.onenumber.platform.control.Channel;

/** Immutable once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_ids")
    @SequenceGenerator(name = "audit_ids", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "carrier_id", nullable = false)
    private long carrierId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private String principal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(nullable = false)
    private String action;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    @Column(name = "tracking_id")
    private String trackingId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AuditEntry() {
    }

    public AuditEntry(long carrierId, Long accountId, String principal, Channel channel, String entityType, Long entityId,
                      String action, String before, String after, String trackingId) {
        this.carrierId = carrierId;
        this.accountId = accountId;
        this.principal = principal;
        this.channel = channel;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.before = before;
        this.after = after;
        this.trackingId = trackingId;
        this.occurredAt = Instant.now();
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

    public String getPrincipal() {
        return principal;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getTrackingId() {
        return trackingId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
