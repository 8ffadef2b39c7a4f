package org.onenumber.switching.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A finished call's usage, for billing; one per call. */
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

    protected UsageRecord() {
    }

    public UsageRecord(String callId, String subscriber, long seconds, boolean toll, long seq) {
        this.callId = callId;
        this.subscriber = subscriber;
        this.seconds = seconds;
        this.toll = toll;
        this.seq = seq;
        this.recordedAt = Instant.now();
    }

    public long getSeconds() {
        return seconds;
    }
}
