package org.onenumber.myphone.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onenumber.account.entity.Account;
import org.onenumber.platform.entity.Identified;
import org.onenumber.switchadapter.wire.RingTimers;

/**
 * What an account's administrators set for every user's calls (reference 003, 5.2): how long Auto-Pilot rings the
 * Wi-Fi client, the desk phone and the cell phone, and after how long No Reply forwards a call unless a user chose
 * otherwise. An account that never changed them has none, and the reference's defaults apply.
 */
@Entity
@Table(name = "account_call_defaults")
public class AccountCallDefaults extends Identified {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "wifi_seconds", nullable = false)
    private int wifiSeconds = RingTimers.DEFAULTS.wifiSeconds();

    @Column(name = "desk_seconds", nullable = false)
    private int deskSeconds = RingTimers.DEFAULTS.deskSeconds();

    @Column(name = "cell_seconds", nullable = false)
    private int cellSeconds = RingTimers.DEFAULTS.cellSeconds();

    @Column(name = "no_reply_seconds", nullable = false)
    private int noReplySeconds = CallSettings.DEFAULT_NO_REPLY_SECONDS;

    protected AccountCallDefaults() {
    }

    public AccountCallDefaults(Account account) {
        this.account = account;
    }

    public void apply(int wifi, int desk, int cell, int noReply) {
        this.wifiSeconds = wifi;
        this.deskSeconds = desk;
        this.cellSeconds = cell;
        this.noReplySeconds = noReply;
    }

    public RingTimers timers() {
        return new RingTimers(wifiSeconds, deskSeconds, cellSeconds);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("wifiSeconds", wifiSeconds);
        map.put("deskSeconds", deskSeconds);
        map.put("cellSeconds", cellSeconds);
        map.put("noReplySeconds", noReplySeconds);
        return map;
    }

    public Account getAccount() {
        return account;
    }

    public int getWifiSeconds() {
        return wifiSeconds;
    }

    public int getDeskSeconds() {
        return deskSeconds;
    }

    public int getCellSeconds() {
        return cellSeconds;
    }

    public int getNoReplySeconds() {
        return noReplySeconds;
    }
}
