package org.onenumber.switching.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A call the switch reported and has not yet reported ended. */
@Entity
@Table(name = "active_call")
public class ActiveCall implements Serializable {

    @Id
    @Column(name = "call_id")
    private String callId;

    @Column(nullable = false)
    private String subscriber;

    @Column(nullable = false)
    private String state;

    private String device;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ActiveCall() {
    }

    public ActiveCall(String callId, String subscriber) {
        this.callId = callId;
        this.subscriber = subscriber;
    }

    public void report(String state, String device, long seq) {
        if (seq > lastSeq) {
            this.state = state;
            this.device = device;
            this.lastSeq = seq;
            this.updatedAt = Instant.now();
        }
    }

    public String getCallId() {
        return callId;
    }

    public String getSubscriber() {
        return subscriber;
    }

    public String getState() {
        return state;
    }

    public String getDevice() {
        return device;
    }
}
