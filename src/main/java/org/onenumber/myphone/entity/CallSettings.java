package org.onenumber.myphone.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
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
 * A user's own call settings (My Phone): the preferred device (a custom number with its ring-no-answer time), Simultaneous
 * Ring and its numbers, forwarding All, Busy and No Reply (after so many seconds), Do Not Disturb. A user who never
 * changed anything has none, and the station's defaults apply (Work Phone, no forwarding).
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

    @Column(name = "custom_number")
    private String customNumber;

    @Column(name = "ring_no_answer_seconds", nullable = false)
    private int ringNoAnswerSeconds = DEFAULT_RING_NO_ANSWER_SECONDS;

    @Column(name = "simultaneous_ring", nullable = false)
    private boolean simultaneousRing;

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

    /** Applies checked choices (numbers already in E.164). */
    public void apply(PreferredDevice device, String customNumber, int ringNoAnswerSeconds, boolean simultaneousRing,
                      String forwardAll, String forwardBusy, String forwardNoReply, int noReplySeconds, boolean doNotDisturb) {
        this.preferredDevice = device;
        this.customNumber = customNumber;
        this.ringNoAnswerSeconds = ringNoAnswerSeconds;
        this.simultaneousRing = simultaneousRing;
        this.forwardAll = forwardAll;
        this.forwardBusy = forwardBusy;
        this.forwardNoReply = forwardNoReply;
        this.noReplySeconds = noReplySeconds;
        this.doNotDisturb = doNotDisturb;
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
        map.put("customNumber", customNumber);
        map.put("ringNoAnswerSeconds", ringNoAnswerSeconds);
        map.put("simultaneousRing", simultaneousRing);
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

    public String getCustomNumber() {
        return customNumber;
    }

    public int getRingNoAnswerSeconds() {
        return ringNoAnswerSeconds;
    }

    public boolean isSimultaneousRing() {
        return simultaneousRing;
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
