package org.onenumber.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onenumber.myphone.boundary.CallDefaults;
import org.onenumber.myphone.entity.AccountCallDefaults;
import org.onenumber.myphone.entity.CallTimers;
import org.onenumber.web.Messages;

/**
 * admin/call-timers.xhtml: how long Auto-Pilot rings each kind of device for the account's users, and after how long
 * No Reply forwards a call for users who did not choose their own.
 */
@Named
@ViewScoped
public class CallTimersBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    CallDefaults defaults;

    private long version;
    private int wifiSeconds;
    private int deskSeconds;
    private int cellSeconds;
    private int noReplySeconds;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        AccountCallDefaults d = defaults.ofAccount(admin.requireAccount());
        version = d.getVersion();
        wifiSeconds = d.getWifiSeconds();
        deskSeconds = d.getDeskSeconds();
        cellSeconds = d.getCellSeconds();
        noReplySeconds = d.getNoReplySeconds();
    }

    public void save() {
        CallTimers timers = new CallTimers(wifiSeconds, deskSeconds, cellSeconds, noReplySeconds);
        if (Messages.run("timers", () -> defaults.save(admin.requireAccount(), version, timers),
                "Saved. Every user's phones follow the new timers within a few seconds.")) {
            load();
        }
    }

    public int getWifiSeconds() {
        return wifiSeconds;
    }

    public void setWifiSeconds(int wifiSeconds) {
        this.wifiSeconds = wifiSeconds;
    }

    public int getDeskSeconds() {
        return deskSeconds;
    }

    public void setDeskSeconds(int deskSeconds) {
        this.deskSeconds = deskSeconds;
    }

    public int getCellSeconds() {
        return cellSeconds;
    }

    public void setCellSeconds(int cellSeconds) {
        this.cellSeconds = cellSeconds;
    }

    public int getNoReplySeconds() {
        return noReplySeconds;
    }

    public void setNoReplySeconds(int noReplySeconds) {
        this.noReplySeconds = noReplySeconds;
    }
}
