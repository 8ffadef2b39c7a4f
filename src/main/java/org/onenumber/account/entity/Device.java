package org.onenumber.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import org.onenumber.platform.entity.Identified;

/** A physical device on a station: the desk phone, identified by its MAC address. */
@Entity
public class Device extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "station_id")
    private Station station;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeviceKind kind;

    @Column(nullable = false)
    private String model;

    @Column(name = "mac_address", nullable = false)
    private String macAddress;

    protected Device() {
    }

    Device(Account account, Station station, DeviceKind kind, String model, String macAddress) {
        this.account = account;
        this.station = station;
        this.kind = kind;
        change(model, macAddress);
    }

    final void change(String model, String macAddress) {
        this.model = model;
        this.macAddress = macAddress;
    }

    public Station getStation() {
        return station;
    }

    public DeviceKind getKind() {
        return kind;
    }

    public String getModel() {
        return model;
    }

    public String getMacAddress() {
        return macAddress;
    }
}
