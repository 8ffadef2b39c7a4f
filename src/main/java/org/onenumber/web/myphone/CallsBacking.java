package org.onenumber.web.myphone;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.myphone.boundary.MyActiveCalls;
import org.onenumber.myphone.boundary.CallDefaults;
import org.onenumber.myphone.boundary.MyCalls;
import org.onenumber.myphone.boundary.MyDevices;
import org.onenumber.myphone.entity.AccountCallDefaults;
import org.onenumber.myphone.entity.CustomDevice;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switching.entity.ActiveCall;
import org.onenumber.myphone.control.RingPlan;
import org.onenumber.myphone.entity.CallChoices;
import org.onenumber.myphone.entity.CallSettings;
import org.onenumber.myphone.entity.PreferredDevice;
import org.onenumber.myphone.entity.SimRingNumber;
import org.onenumber.security.control.Caller;
import org.onenumber.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * myphone/calls.xhtml: where the signed-in user's calls ring (preferred device, Simultaneous Ring), forwarding, Do Not
 * Disturb, and "who rings when" as the switch simulates it.
 */
@Named
@ViewScoped
public class CallsBacking implements Serializable {

    @Inject
    Caller signedIn;

    @Inject
    MyCalls calls;

    @Inject
    MyActiveCalls activeCalls;

    @Inject
    MyDevices devices;

    @Inject
    CallDefaults defaults;

    private long userId;
    private long version;
    private PreferredDevice preferredDevice;
    /** The preferred device as the page offers it: a system device's name, or "device-<id>" for one of the user's. */
    private String preferred;
    private boolean routeToCell;
    private List<CustomDevice> customDevices;
    private AccountCallDefaults timers;
    private String caller;
    private boolean simultaneousRing;
    private boolean simRingQuietWhenBusy;
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
        userId = signedIn.login().getUserId();
        load();
    }

    private void load() {
        CallSettings s = calls.settings(userId);
        version = s.getVersion();
        preferredDevice = s.getPreferredDevice();
        preferred = s.getCustomDevice() == null ? s.getPreferredDevice().name() : "device-" + s.getCustomDevice().getId();
        routeToCell = s.isRouteToCell();
        customDevices = devices.of(userId);
        timers = defaults.ofAccount(caller().login().getAccountId());
        simultaneousRing = s.isSimultaneousRing();
        simRingQuietWhenBusy = s.isSimRingQuietWhenBusy();
        forwardAll = display(s.getForwardAll());
        forwardBusy = display(s.getForwardBusy());
        forwardNoReply = display(s.getForwardNoReply());
        noReplySeconds = s.getNoReplySeconds();
        doNotDisturb = s.isDoNotDisturb();
        simRingNumbers = List.copyOf(s.getSimRingNumbers());
        plan = calls.whoRingsWhen(userId, null);
        active = activeCalls.of(userId);
    }

    private Caller caller() {
        return signedIn;
    }

    private static String display(String e164) {
        return e164 == null ? null : NumberFormat.display(e164);
    }

    public void save() {
        boolean custom = preferred != null && preferred.startsWith("device-");
        CallChoices choices = new CallChoices(preferred == null ? null : custom ? PreferredDevice.CUSTOM
                : PreferredDevice.valueOf(preferred), custom ? Long.valueOf(preferred.substring(7)) : null, routeToCell,
                simultaneousRing, simRingQuietWhenBusy, forwardAll, forwardBusy, forwardNoReply, noReplySeconds, doNotDisturb);
        if (Messages.run("calls", () -> calls.save(userId, version, choices),
                "Saved. The switch takes your change within a few seconds.")) {
            load();
        }
    }

    public void addSimRing() {
        if (Messages.run("simRing", () -> version = calls.addSimRing(userId, newSimRing, newSimRingConfirm).next(version),
                (newSimRing == null ? "The number" : newSimRing) + " is on your Simultaneous Ring list.")) {
            newSimRing = null;
            newSimRingConfirm = false;
        }
        simRingChanged();
    }

    public void removeSimRing(SimRingNumber number) {
        Messages.run("simRing", () -> version = calls.removeSimRing(userId, number.getId()).next(version),
                number.getDisplay() + " is removed.");
        simRingChanged();
    }

    /**
     * After a Simultaneous Ring number came or went (or did not): the list and the plan anew, but what the user has
     * changed in the form above and not saved yet stays, with the version it saves against. Simultaneous Ring itself
     * follows the list when its last number went, as the settings do.
     */
    private void simRingChanged() {
        CallSettings s = calls.settings(userId);
        simRingNumbers = List.copyOf(s.getSimRingNumbers());
        if (simRingNumbers.isEmpty() && simultaneousRing && !s.isSimultaneousRing()) {
            simultaneousRing = false;
            PrimeFaces.current().ajax().update("calls:simultaneousRing");
        }
        plan = calls.whoRingsWhen(userId, null);
    }

    public void refreshPlan() {
        Messages.run("plan", () -> plan = calls.whoRingsWhen(userId, this.caller), null);
    }

    public void refreshCalls() {
        active = activeCalls.of(userId);
    }

    /** Moves a call to DESK, MOBILE, CELL or OFFICE_ANYWHERE; the switch's refusal is shown with its reason. */
    public void move(String callId, String target) {
        Device device = Device.valueOf(target);
        Messages.run("activeCalls", () -> activeCalls.move(userId, callId, device), "The call is moving to your "
                + switch (device) {
                    case DESK -> "desk phone.";
                    case MOBILE -> "mobile app.";
                    case CELL -> "cell phone.";
                    case OFFICE_ANYWHERE -> "Office Anywhere phone.";
                });
        refreshCalls();
    }

    /** The choices of preferred device: the system's, then the user's own devices. */
    public List<jakarta.faces.model.SelectItem> getPreferredChoices() {
        List<jakarta.faces.model.SelectItem> items = new java.util.ArrayList<>();
        for (PreferredDevice d : PreferredDevice.values()) {
            if (d != PreferredDevice.CUSTOM) {
                items.add(new jakarta.faces.model.SelectItem(d.name(), d.title()));
            }
        }
        customDevices.forEach(d -> items.add(new jakarta.faces.model.SelectItem("device-" + d.getId(), d.getName() + " ("
                + d.getDisplay() + (d.getRingSeconds() == 0 ? ", until answered)" : ", " + d.getRingSeconds() + " s)"))));
        return items;
    }

    public String getPreferred() {
        return preferred;
    }

    public void setPreferred(String preferred) {
        this.preferred = preferred;
    }

    public boolean isSimRingQuietWhenBusy() {
        return simRingQuietWhenBusy;
    }

    public void setSimRingQuietWhenBusy(boolean simRingQuietWhenBusy) {
        this.simRingQuietWhenBusy = simRingQuietWhenBusy;
    }

    public boolean isRouteToCell() {
        return routeToCell;
    }

    public void setRouteToCell(boolean routeToCell) {
        this.routeToCell = routeToCell;
    }

    public AccountCallDefaults getTimers() {
        return timers;
    }

    public String getCaller() {
        return caller;
    }

    public void setCaller(String caller) {
        this.caller = caller;
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
            case "CELL" -> "Cell phone";
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
            case "NUMBER" -> "Number " + display(step.address());
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
