package org.onenumber.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A scheduled billing run ("true-up 2026-10", "snapshot 2026-11-30") claimed by one instance: the key makes it once.
 * Its lease and completion are written with {@code billing.control.ClaimLease}.
 */
@Entity
@Table(name = "billing_schedule_claim")
public class ScheduleClaim {

    @Id
    @Column(name = "claim_key")
    private String key;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "claimed_by", nullable = false)
    private String claimedBy;

    /** Until when the claiming instance counts as working on it (UTC), renewed as it works; null once completed. */
    @Column(name = "lease_until")
    private LocalDateTime leaseUntil;

    protected ScheduleClaim() {
    }

    public ScheduleClaim(String key, Instant claimedAt, String claimedBy, LocalDateTime leaseUntil) {
        this.key = key;
        this.claimedAt = claimedAt;
        this.claimedBy = claimedBy;
        this.leaseUntil = leaseUntil;
    }
}
