package org.onenumber.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deleted account as billing keeps it: its carrier, its name and the UTC day it was deleted. The day itself counts
 * what it was measured to hold; the days after it count nothing.
 */
@Entity
@Table(name = "billing_account_end")
public class AccountEnd {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "carrier_id", nullable = false)
    private long carrierId;

    @Column(name = "account_name", nullable = false)
    private String accountName;

    @Column(name = "ended_on", nullable = false)
    private LocalDate endedOn;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Column(name = "ended_by", nullable = false)
    private String endedBy;

    protected AccountEnd() {
    }

    public AccountEnd(long accountId, long carrierId, String accountName, Instant endedAt, LocalDate endedOn, String endedBy) {
        this.accountId = accountId;
        this.carrierId = carrierId;
        this.accountName = accountName;
        this.endedAt = endedAt;
        this.endedOn = endedOn;
        this.endedBy = endedBy;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getCarrierId() {
        return carrierId;
    }

    public String getAccountName() {
        return accountName;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
