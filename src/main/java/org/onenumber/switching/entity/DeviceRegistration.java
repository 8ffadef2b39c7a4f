package org.onenumber.switching.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether an endpoint (desk phone MAC, mobile client id, cell number) is registered, as last reported. */
@Entity
@Table(name = "device_registration")
public class DeviceRegistration {

    @Id
    private String endpoint;

    @Column(nullable = false)
    private String subscriber;

    @Column(nullable = false)
    private boolean registered;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DeviceRegistration() {
    }

    public DeviceRegistration(String endpoint, String subscriber) {
        this.endpoint = endpoint;
        this.subscriber = subscriber;
    }

    /** Applies a report unless a later one was applied already. */
    public void report(boolean registered, long seq) {
        if (seq > lastSeq) {
            this.registered = registered;
            this.lastSeq = seq;
            this.updatedAt = Instant.now();
        }
    }

    public String getEndpoint() {
        return endpoint;
    }

    public String getSubscriber() {
        return subscriber;
    }

    public boolean isRegistered() {
        return registered;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
