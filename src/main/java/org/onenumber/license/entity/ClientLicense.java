package org.onenumber.license.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.Station;
import org.onenumber.platform.entity.Tracked;

/**
 * A mobile client license: a device identity (such as FEBC00000027), unique in the carrier, that becomes
 * usable only when shared to a station. Shared to at most one station at a time.
 */
@Entity
@Table(name = "client_license")
public class ClientLicense extends Tracked {

    public enum Status { AVAILABLE, SHARED }

    @Column(name = "carrier_id", nullable = false)
    private long carrierId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "device_identity", nullable = false)
    private String deviceIdentity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.AVAILABLE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "station_id")
    private Station station;

    @Column(name = "shared_at")
    private Instant sharedAt;

    protected ClientLicense() {
    }

    public ClientLicense(Account account, String deviceIdentity) {
        this.carrierId = account.getCarrier().getId();
        this.account = account;
        this.deviceIdentity = deviceIdentity;
    }

    public void shareTo(Station target) {
        station = target;
        status = Status.SHARED;
        sharedAt = Instant.now();
    }

    public void unshare() {
        station = null;
        status = Status.AVAILABLE;
        sharedAt = null;
    }

    public boolean isShared() {
        return status == Status.SHARED;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("deviceIdentity", deviceIdentity);
        map.put("status", status);
        map.put("stationId", station == null ? null : station.getId());
        map.put("extension", station == null ? null : station.getExtension());
        return map;
    }

    public Account getAccount() {
        return account;
    }

    public String getDeviceIdentity() {
        return deviceIdentity;
    }

    public Status getStatus() {
        return status;
    }

    public Station getStation() {
        return station;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    @Override
    public String feedKind() {
        return "LICENSE";
    }

    @Override
    public String feedKey() {
        return deviceIdentity;
    }

    @Override
    public long carrierId() {
        return carrierId;
    }

    @Override
    public Long accountId() {
        return account.getId();
    }
}
