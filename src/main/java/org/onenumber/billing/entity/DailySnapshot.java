package org.onenumber.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onenumber.platform.entity.Identified;
import org.onenumber.platform.entity.Tenant;

/** What an account held on one UTC day, as the daily snapshot job (or support, for a day it missed) measured it. */
@Entity
@Table(name = "billing_snapshot")
public class DailySnapshot extends Identified implements Tenant {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "carrier_id", nullable = false)
    private long carrierId;

    @Column(name = "snapshot_day", nullable = false)
    private LocalDate day;

    @Column(name = "licenses_purchased", nullable = false)
    private int licensesPurchased;

    @Column(name = "licenses_shared", nullable = false)
    private int licensesShared;

    @Column(name = "mobility_users", nullable = false)
    private int mobilityUsers;

    @Column(name = "anywhere_users", nullable = false)
    private int anywhereUsers;

    @Column(name = "mobility_status", nullable = false)
    private String mobilityStatus;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected DailySnapshot() {
    }

    public DailySnapshot(long carrierId, long accountId, LocalDate day) {
        this.carrierId = carrierId;
        this.accountId = accountId;
        this.day = day;
    }

    /** Measured again on the same day: the later measurement is the day's. */
    public void measured(DayQuantities q, Instant at, String by) {
        licensesPurchased = q.licensesPurchased();
        licensesShared = q.licensesShared();
        mobilityUsers = q.mobilityUsers();
        anywhereUsers = q.anywhereUsers();
        mobilityStatus = q.mobilityStatus();
        recordedAt = at;
        recordedBy = by;
    }

    public DayQuantities quantities() {
        return new DayQuantities(licensesPurchased, licensesShared, mobilityUsers, anywhereUsers, mobilityStatus);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("day", day.toString());
        map.put("licensesPurchased", licensesPurchased);
        map.put("licensesShared", licensesShared);
        map.put("mobilityUsers", mobilityUsers);
        map.put("anywhereUsers", anywhereUsers);
        map.put("mobilityStatus", mobilityStatus);
        return map;
    }

    @Override
    public long carrierId() {
        return carrierId;
    }

    @Override
    public Long accountId() {
        return accountId;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
