package org.onenumber.myphone.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.account.entity.User;
import org.onenumber.platform.entity.Identified;

/**
 * A user's own call settings (My Phone): the preferred device (Auto-Pilot, Work Phone, Mobile or one of the user's custom
 * devices), Route Calls to Cell, Simultaneous Ring and its numbers, forwarding All, Busy and No Reply (after so many
 * seconds), Do Not Disturb. A user who never changed anything has none, and the station's defaults apply (Work Phone, no
 * forwarding).
 */
@Entity
@Table(name = "call_settings")
public class CallSettings extends Identified {

    /** Reference 003: Simultaneous Ring rings up to ten numbers. */
    public static final int MAX_SIM_RING_NUMBERS = 10;
    public static final int DEFAULT_RING_NO_ANSWER_SECONDS = 15;
    /** Reference 003, 5.2: No Reply forwards after 12 s unless told otherwise. */
    public static final int DEFAULT_NO_REPLY_SECONDS = 12;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_device", nullable = false)
    private PreferredDevice preferredDevice = PreferredDevice.WORK_PHONE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "custom_device_id")
    private CustomDevice customDevice;

    @Column(name = "route_to_cell", nullable = false)
    private boolean routeToCell = true;

    @Column(name = "simultaneous_ring", nullable = false)
    private boolean simultaneousRing;

    @Column(name = "sim_ring_quiet_when_busy", nullable = false)
    private boolean simRingQuietWhenBusy;

    @Column(name = "forward_all")
    private String forwardAll;

    @Column(name = "forward_busy")
    private String forwardBusy;

    @Column(name = "forward_no_reply")
    private String forwardNoReply;

    @Column(name = "no_reply_seconds", nullable = false)
    private int noReplySeconds = DEFAULT_NO_REPLY_SECONDS;

    @Column(name = "do_not_disturb", nullable = false)
    private boolean doNotDisturb;

    @OneToMany(mappedBy = "settings", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SimRingNumber> simRingNumbers = new ArrayList<>();

    protected CallSettings() {
    }

    public CallSettings(User user) {
        this.user = user;
    }

    /** A user's defaults: No Reply after the account's time. */
    public CallSettings(User user, int accountNoReplySeconds) {
        this.user = user;
        this.noReplySeconds = accountNoReplySeconds;
    }

    /** Applies checked choices (numbers already in E.164; a custom device only with the CUSTOM preferred device). */
    public void apply(PreferredDevice device, CustomDevice custom, boolean routeToCell, boolean simultaneousRing,
                      boolean simRingQuietWhenBusy, String forwardAll, String forwardBusy, String forwardNoReply, int noReplySeconds, boolean doNotDisturb) {
        this.preferredDevice = device;
        this.customDevice = custom;
        this.routeToCell = routeToCell;
        this.simultaneousRing = simultaneousRing;
        this.simRingQuietWhenBusy = simRingQuietWhenBusy;
        this.forwardAll = forwardAll;
        this.forwardBusy = forwardBusy;
        this.forwardNoReply = forwardNoReply;
        this.noReplySeconds = noReplySeconds;
        this.doNotDisturb = doNotDisturb;
    }

    /** Simultaneous Ring off (its last number went). */
    public void simultaneousRingOff() {
        this.simultaneousRing = false;
    }

    /** The custom device chosen is being deleted: calls ring the work phone first again. */
    public void customDeviceGone() {
        this.customDevice = null;
        this.preferredDevice = PreferredDevice.WORK_PHONE;
    }

    public SimRingNumber addSimRing(String e164, boolean answerConfirmation) {
        SimRingNumber number = new SimRingNumber(this, e164, answerConfirmation);
        simRingNumbers.add(number);
        return number;
    }

    public void removeSimRing(SimRingNumber number) {
        simRingNumbers.remove(number);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("preferredDevice", preferredDevice.name());
        map.put("customDevice", customDevice == null ? null : customDevice.getName());
        map.put("routeToCell", routeToCell);
        map.put("simultaneousRing", simultaneousRing);
        map.put("simRingQuietWhenBusy", simRingQuietWhenBusy);
        map.put("simRingNumbers", simRingNumbers.stream().map(SimRingNumber::getE164).toList());
        map.put("forwardAll", forwardAll);
        map.put("forwardBusy", forwardBusy);
        map.put("forwardNoReply", forwardNoReply);
        map.put("noReplySeconds", noReplySeconds);
        map.put("doNotDisturb", doNotDisturb);
        return map;
    }

    public User getUser() {
        return user;
    }

    public PreferredDevice getPreferredDevice() {
        return preferredDevice;
    }

    public CustomDevice getCustomDevice() {
        return customDevice;
    }

    /** The custom device's number, null unless one is the preferred device. */
    public String getCustomNumber() {
        return customDevice == null ? null : customDevice.getE164();
    }

    /** How long the preferred custom device rings (0: until answered); the default for the others. */
    public int getRingNoAnswerSeconds() {
        return customDevice == null ? DEFAULT_RING_NO_ANSWER_SECONDS : customDevice.getRingSeconds();
    }

    public boolean isRouteToCell() {
        return routeToCell;
    }

    public boolean isSimultaneousRing() {
        return simultaneousRing;
    }

    /** "Do not ring if I am on a call": the Simultaneous Ring numbers stay quiet while the user is on a call. */
    public boolean isSimRingQuietWhenBusy() {
        return simRingQuietWhenBusy;
    }

    public String getForwardAll() {
        return forwardAll;
    }

    public String getForwardBusy() {
        return forwardBusy;
    }

    public String getForwardNoReply() {
        return forwardNoReply;
    }

    public int getNoReplySeconds() {
        return noReplySeconds;
    }

    public boolean isDoNotDisturb() {
        return doNotDisturb;
    }

    public List<SimRingNumber> getSimRingNumbers() {
        return simRingNumbers;
    }
}
