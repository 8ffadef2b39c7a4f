package org.onenumber.switching.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Proof that the event with this seq was recorded; its primary key makes recording idempotent. */
@Entity
@Table(name = "switch_event_receipt")
public class SwitchEventReceipt {

    @Id
    private long seq;

    @Column(nullable = false)
    private String kind;

    private String subscriber;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected SwitchEventReceipt() {
    }

    public SwitchEventReceipt(long seq, String kind, String subscriber) {
        this.seq = seq;
        this.kind = kind;
        this.subscriber = subscriber;
        this.receivedAt = Instant.now();
    }

    public long getSeq() {
        return seq;
    }
}
