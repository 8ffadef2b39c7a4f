package org.onenumber.web.myphone;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.myphone.boundary.MyActiveCalls;
import org.onenumber.myphone.boundary.MyCalls;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switching.entity.ActiveCall;
import org.onenumber.myphone.control.RingPlan;
import org.onenumber.myphone.entity.CallChoices;
import org.onenumber.myphone.entity.CallSettings;
import org.onenumber.myphone.entity.PreferredDevice;
import org.onenumber.myphone.entity.SimRingNumber;
import org.onenumber.security.control.Caller;
import org.onenumber.web.Messages;

/**
 * myphone/calls.xhtml: where the signed-in user's calls ring (preferred device, Simultaneous Ring), forwarding, Do Not
 * Disturb, and "who rings when" as the switch simulates it.
 */
@Named
@ViewScoped
public class CallsBacking implements Serializable {

    @Inject
    Caller caller;

    @Inject
    MyCalls calls;

    @Inject
    MyActiveCalls activeCalls;

    private long userId;
    private long version;
    private PreferredDevice preferredDevice;
    private String customNumber;
    private int ringNoAnswerSeconds;
    private boolean simultaneousRing;
    private String forwardAll;
    private String forwardBusy;
    private String forwardNoReply;
    private int noReplySeconds;
    private boolean doNotDisturb;
    private List<SimRingNumber> simRingNumbers;
    private String newSimRing;
    private boolean newSimRingConfirm;
    private RingPlan plan;
    private List<ActiveCall> active;

    @PostConstruct
    void init() {
        userId = caller.login().getUserId();
        load();
    }

    private void load() {
        CallSettings s = calls.settings(userId);
        version = s.getVersion();
        preferredDevice = s.getPreferredDevice();
        customNumber = display(s.getCustomNumber());
        ringNoAnswerSeconds = s.getRingNoAnswerSeconds();
        simultaneousRing = s.isSimultaneousRing();
        forwardAll = display(s.getForwardAll());
        forwardBusy = display(s.getForwardBusy());
        forwardNoReply = display(s.getForwardNoReply());
        noReplySeconds = s.getNoReplySeconds();
        doNotDisturb = s.isDoNotDisturb();
        simRingNumbers = List.copyOf(s.getSimRingNumbers());
        plan = calls.whoRingsWhen(userId);
        active = activeCalls.of(userId);
    }

    private static String display(String e164) {
        return e164 == null ? null : NumberFormat.display(e164);
    }

    public void save() {
        CallChoices choices = new CallChoices(preferredDevice, customNumber, ringNoAnswerSeconds, simultaneousRing, forwardAll,
                forwardBusy, forwardNoReply, noReplySeconds, doNotDisturb);
        if (Messages.run("calls", () -> calls.save(userId, version, choices),
                "Saved. The switch takes your change within a few seconds.")) {
            load();
        }
    }

    public void addSimRing() {
        if (Messages.run("simRing", () -> calls.addSimRing(userId, newSimRing, newSimRingConfirm),
                (newSimRing == null ? "The number" : newSimRing) + " is on your Simultaneous Ring list.")) {
            newSimRing = null;
            newSimRingConfirm = false;
            load();
        }
    }

    public void removeSimRing(SimRingNumber number) {
        Messages.run("simRing", () -> calls.removeSimRing(userId, number.getId()), number.getDisplay() + " is removed.");
        load();
    }

    public void refreshPlan() {
        plan = calls.whoRingsWhen(userId);
    }

    public void refreshCalls() {
        active = activeCalls.of(userId);
    }

    /** Moves a call to DESK, MOBILE or OFFICE_ANYWHERE; the switch's refusal is shown with its reason. */
    public void move(String callId, String target) {
        Device device = Device.valueOf(target);
        Messages.run("activeCalls", () -> activeCalls.move(userId, callId, device), "The call is moving to your "
                + (device == Device.DESK ? "desk phone." : device == Device.MOBILE ? "mobile app." : "Office Anywhere phone."));
        refreshCalls();
    }

    public List<ActiveCall> getActiveCalls() {
        return active;
    }

    /** A device as a person reads it. */
    public String device(String device) {
        if (device == null) {
            return "";
        }
        return switch (device) {
            case "DESK" -> "Desk phone";
            case "MOBILE" -> "Mobile app";
            case "OFFICE_ANYWHERE" -> "Office Anywhere phone";
            default -> device;
        };
    }

    /** A step as a person reads it. */
    public String describe(RingPlan.Step step) {
        String what = switch (step.what()) {
            case "DESK" -> "Desk phone";
            case "MOBILE_CLIENT" -> "Mobile app " + step.address();
            case "CELL" -> "Cell phone " + display(step.address());
            case "CUSTOM" -> "Your number " + display(step.address());
            case "NUMBER" -> "Simultaneous Ring " + display(step.address());
            case "OFFICE_ANYWHERE" -> "Office Anywhere " + display(step.address());
            case "FORWARD" -> "Forwarded to " + display(step.address());
            case "VOICEMAIL" -> "Voicemail";
            default -> "The call ends";
        };
        return what;
    }

    public PreferredDevice[] getDevices() {
        return PreferredDevice.values();
    }

    public RingPlan getPlan() {
        return plan;
    }

    public List<SimRingNumber> getSimRingNumbers() {
        return simRingNumbers;
    }

    public PreferredDevice getPreferredDevice() {
        return preferredDevice;
    }

    public void setPreferredDevice(PreferredDevice preferredDevice) {
        this.preferredDevice = preferredDevice;
    }

    public String getCustomNumber() {
        return customNumber;
    }

    public void setCustomNumber(String customNumber) {
        this.customNumber = customNumber;
    }

    public int getRingNoAnswerSeconds() {
        return ringNoAnswerSeconds;
    }

    public void setRingNoAnswerSeconds(int ringNoAnswerSeconds) {
        this.ringNoAnswerSeconds = ringNoAnswerSeconds;
    }

    public boolean isSimultaneousRing() {
        return simultaneousRing;
    }

    public void setSimultaneousRing(boolean simultaneousRing) {
        this.simultaneousRing = simultaneousRing;
    }

    public String getForwardAll() {
        return forwardAll;
    }

    public void setForwardAll(String forwardAll) {
        this.forwardAll = forwardAll;
    }

    public String getForwardBusy() {
        return forwardBusy;
    }

    public void setForwardBusy(String forwardBusy) {
        this.forwardBusy = forwardBusy;
    }

    public String getForwardNoReply() {
        return forwardNoReply;
    }

    public void setForwardNoReply(String forwardNoReply) {
        this.forwardNoReply = forwardNoReply;
    }

    public int getNoReplySeconds() {
        return noReplySeconds;
    }

    public void setNoReplySeconds(int noReplySeconds) {
        this.noReplySeconds = noReplySeconds;
    }

    public boolean isDoNotDisturb() {
        return doNotDisturb;
    }

    public void setDoNotDisturb(boolean doNotDisturb) {
        this.doNotDisturb = doNotDisturb;
    }

    public String getNewSimRing() {
        return newSimRing;
    }

    public void setNewSimRing(String newSimRing) {
        this.newSimRing = newSimRing;
    }

    public boolean isNewSimRingConfirm() {
        return newSimRingConfirm;
    }

    public void setNewSimRingConfirm(boolean newSimRingConfirm) {
        this.newSimRingConfirm = newSimRingConfirm;
    }
}
