package org.onenumber.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.onenumber.myphone.boundary.CallDefaults;
import org.onenumber.myphone.entity.AccountCallDefaults;
import org.onenumber.myphone.entity.CallTimers;
import org.onenumber.platform.control.Validation;
import org.onenumber.web.Messages;

/**
 * admin/call-timers.xhtml: how long Auto-Pilot rings each kind of device for the account's users, and after how long
 * No Reply forwards a call for users who did not choose their own. Every timer is required; each one's complaint shows
 * beside it on Save (all at once) and as the admin leaves it, in the words of {@link CallTimers}' rules.
 */
@Named
@ViewScoped
public class CallTimersBacking implements Serializable {

    @Inject
    AdminContext admin;

    @Inject
    CallDefaults defaults;

    @Inject
    Validation validation;

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

    /** p:ajax as the admin leaves a timer: its own rule. */
    public void check(String field) {
        int value = switch (field) {
            case "wifiSeconds" -> wifiSeconds;
            case "deskSeconds" -> deskSeconds;
            case "cellSeconds" -> cellSeconds;
            case "noReplySeconds" -> noReplySeconds;
            default -> throw new IllegalArgumentException(field);
        };
        String complaint = validation.complaint(CallTimers.class, field, value);
        if (complaint != null) {
            Messages.field("timers:" + field, complaint);
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
