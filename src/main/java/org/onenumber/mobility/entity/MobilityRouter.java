package org.onenumber.mobility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onenumber.account.entity.Carrier;
import org.onenumber.platform.entity.Tracked;

/**
 * One of the carrier's mobility routers (SMR1, SMR2, ...): where a mobile client signs in first (the
 * client start address) and the remote server it then talks to. Support assigns one to each account.
 */
@Entity
@Table(name = "mobility_router")
public class MobilityRouter extends Tracked {

    public static final int DEFAULT_PORT = 443;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "carrier_id")
    private Carrier carrier;

    @Column(nullable = false)
    private String name;

    @Column(name = "client_start_address", nullable = false)
    private String clientStartAddress;

    @Column(name = "remote_server_address", nullable = false)
    private String remoteServerAddress;

    @Column(name = "remote_server_port", nullable = false)
    private int remoteServerPort;

    protected MobilityRouter() {
    }

    public MobilityRouter(Carrier carrier, RouterDetails details) {
        this.carrier = carrier;
        apply(details);
    }

    public final void apply(RouterDetails details) {
        this.name = details.name().trim();
        this.clientStartAddress = details.clientStartAddress().trim();
        this.remoteServerAddress = details.remoteServerAddress().trim();
        this.remoteServerPort = details.remoteServerPort() == null ? DEFAULT_PORT : details.remoteServerPort();
    }

    public RouterDetails details() {
        return new RouterDetails(name, clientStartAddress, remoteServerAddress, remoteServerPort);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", name);
        map.put("clientStartAddress", clientStartAddress);
        map.put("remoteServerAddress", remoteServerAddress);
        map.put("remoteServerPort", remoteServerPort);
        return map;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public String getName() {
        return name;
    }

    public String getClientStartAddress() {
        return clientStartAddress;
    }

    public String getRemoteServerAddress() {
        return remoteServerAddress;
    }

    public int getRemoteServerPort() {
        return remoteServerPort;
    }

    @Override
    public String feedKind() {
        return "MOBILITY_ROUTER";
    }

    @Override
    public long carrierId() {
        return carrier.getId();
    }

    /** A router is the carrier's own, of no account. */
    @Override
    public Long accountId() {
        return null;
    }
}
