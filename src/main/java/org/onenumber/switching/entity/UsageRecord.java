package org.onenumber.switching.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A finished call's usage, for billing; one per call. A call placed through an Office Anywhere portal also
 * keeps its destination, the switch's rate class (LOCAL, LONG_DISTANCE, INTERNATIONAL) and the portal
 * number, so long distance and international calls can be invoiced; for other calls they are null.
 */
@Entity
@Table(name = "usage_record")
public class UsageRecord {

    @Id
    @Column(name = "call_id")
    private String callId;

    @Column(nullable = false)
    private String subscriber;

    @Column(nullable = false)
    private long seconds;

    @Column(nullable = false)
    private boolean toll;

    @Column(nullable = false)
    private long seq;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(length = 40)
    private String destination;

    @Column(name = "rate_class", length = 20)
    private String rateClass;

    @Column(length = 40)
    private String portal;

    @Column(name = "account_id")
    private Long accountId;

    protected UsageRecord() {
    }

    public UsageRecord(String callId, String subscriber, long seconds, boolean toll, long seq) {
        this(callId, subscriber, seconds, toll, null, null, null, seq);
    }

    public UsageRecord(String callId, String subscriber, long seconds, boolean toll, String destination,
            String rateClass, String portal, long seq) {
        this.callId = callId;
        this.subscriber = subscriber;
        this.seconds = seconds;
        this.toll = toll;
        this.destination = destination;
        this.rateClass = rateClass;
        this.portal = portal;
        this.seq = seq;
        this.recordedAt = Instant.now();
    }

    public long getSeconds() {
        return seconds;
    }

    /** The number a portal call went to; null for other calls. */
    public String getDestination() {
        return destination;
    }

    /** LOCAL, LONG_DISTANCE or INTERNATIONAL for a portal call; null for other calls. */
    public String getRateClass() {
        return rateClass;
    }

    /** The portal number a portal call went through; null for other calls. */
    public String getPortal() {
        return portal;
    }

    /** The account whose station the call belonged to. */
    public void belongsTo(long accountId) {
        this.accountId = accountId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getCallId() {
        return callId;
    }

    /** The switch's key of the station the call belongs to (station-&lt;id&gt;). */
    public String getSubscriber() {
        return subscriber;
    }

    public boolean isToll() {
        return toll;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
