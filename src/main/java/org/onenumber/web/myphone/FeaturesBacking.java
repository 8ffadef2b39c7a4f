package org.onenumber.web.myphone;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Base64;
import java.util.List;
import org.onenumber.account.boundary.MyNumbers;
import org.onenumber.account.entity.UserNumber;
import org.onenumber.anywhere.boundary.AnywhereUsers;
import org.onenumber.anywhere.entity.AlternateNumber;
import org.onenumber.anywhere.entity.NumberDetails;
import org.onenumber.anywhere.entity.NumberKind;
import org.onenumber.anywhere.entity.OfficeAnywhereUser;
import org.onenumber.mobility.boundary.MobileAppChoices;
import org.onenumber.mobility.boundary.MobileAppView;
import org.onenumber.mobility.boundary.MobileApps;
import org.onenumber.mobility.entity.MobileAppSettings;
import org.onenumber.myphone.boundary.MyCalls;
import org.onenumber.myphone.entity.CallSettings;
import org.onenumber.notify.control.QrCode;
import org.onenumber.security.control.Caller;
import org.onenumber.switchadapter.wire.MobileApp;
import org.onenumber.web.Messages;

/**
 * myphone/features.xhtml (My Features, reference 002, 3.2): the Mobile App (turned on with a mobile number from My
 * Number and its settings; what the app needs to sign in, its QR code and download links), Office Anywhere's
 * alternate numbers with their Active flags, and where Simultaneous Ring stands. Mobility or Office Anywhere, not
 * both: every refusal names the feature and the user holding what was asked for.
 */
@Named
@ViewScoped
public class FeaturesBacking implements Serializable {

    @Inject
    Caller caller;

    @Inject
    MobileApps mobileApps;

    @Inject
    MyNumbers myNumbers;

    @Inject
    AnywhereUsers anywhere;

    @Inject
    MyCalls calls;

    private long userId;
    private MobileAppView app;
    private List<UserNumber> mobileNumbers;
    private Long numberId;
    private boolean alertClickToDial = MobileApp.DEFAULTS.alertClickToDial();
    private MobileApp.PhonesToRing phonesToRing = MobileApp.DEFAULTS.phonesToRing();
    private boolean answerConfirmation = MobileApp.DEFAULTS.answerConfirmation();
    private MobileApp.OutboundMode outboundMode = MobileApp.DEFAULTS.outboundMode();
    private OfficeAnywhereUser officeAnywhere;
    private String newAlternate;
    private NumberKind newAlternateKind = NumberKind.WIRELESS;
    private CallSettings callSettings;

    @PostConstruct
    void init() {
        userId = caller.login().getUserId();
        load();
    }

    private void load() {
        app = mobileApps.view(userId);
        mobileNumbers = myNumbers.of(userId).stream().filter(n -> n.getKind() == UserNumber.Kind.MOBILE).toList();
        MobileAppSettings settings = app.settings();
        if (settings != null) {
            numberId = settings.getNumber().getId();
            alertClickToDial = settings.isAlertClickToDial();
            phonesToRing = settings.getPhonesToRing();
            answerConfirmation = settings.isAnswerConfirmation();
            outboundMode = settings.getOutboundMode();
        } else if (numberId == null && !mobileNumbers.isEmpty()) {
            numberId = mobileNumbers.get(0).getId();
        }
        officeAnywhere = anywhere.of(userId).orElse(null);
        callSettings = calls.settings(userId);
    }

    public void saveMobileApp() {
        boolean wasOn = app.on();
        MobileAppChoices choices = new MobileAppChoices(numberId, alertClickToDial, phonesToRing, answerConfirmation, outboundMode);
        if (Messages.run("mobileApp", () -> mobileApps.save(userId, app.version(), choices), wasOn
                ? "Saved. The switch takes your change within a few seconds."
                : "The Mobile App is on. The switch rings your mobile number within a few seconds.")) {
            load();
        }
    }

    public void turnOffMobileApp() {
        if (Messages.run("mobileApp", () -> mobileApps.turnOff(userId), "The Mobile App is off.")) {
            load();
        }
    }

    public void resendEmail() {
        Messages.run("mobileApp", () -> mobileApps.resendProvisioningEmail(userId),
                "The provisioning email is on its way to your business email address.");
    }

    public void turnOnOfficeAnywhere() {
        anywhereDone(Messages.run("officeAnywhere", () -> anywhere.assign(userId), "Office Anywhere is on; add your phones below."));
    }

    public void turnOffOfficeAnywhere() {
        anywhereDone(Messages.run("officeAnywhere", () -> anywhere.remove(userId), "Office Anywhere is off."));
    }

    public void addAlternate() {
        if (anywhereDone(Messages.run("officeAnywhere", () -> anywhere.addNumber(userId, new NumberDetails(newAlternate,
                newAlternateKind, null, true)), "Saved: the number rings with your desk phone."))) {
            newAlternate = null;
        }
    }

    public void toggleActive(AlternateNumber number) {
        boolean active = !number.isActive();
        anywhereDone(Messages.run("officeAnywhere", () -> anywhere.modifyNumber(number.getId(), number.getVersion(),
                new NumberDetails(number.getE164(), number.getKind(), number.getDescription(), active)),
                number.getDisplay() + (active ? " is active: it rings with your desk phone." : " is inactive.")));
    }

    public void removeAlternate(AlternateNumber number) {
        anywhereDone(Messages.run("officeAnywhere", () -> anywhere.removeNumber(number.getId(), number.getVersion()),
                number.getDisplay() + " is removed."));
    }

    /**
     * After an Office Anywhere action: everything is read again when it was done; when it was refused, Office Anywhere
     * alone, as the refusal may come of a change made meanwhile elsewhere (taken away by an admin, a number removed in
     * another tab), which the section then shows, while what was typed in the page's other forms stays.
     */
    private boolean anywhereDone(boolean done) {
        if (done) {
            load();
        } else {
            officeAnywhere = anywhere.of(userId).orElse(null);
        }
        return done;
    }

    /** The QR code the provisioning email carries, as an image the page shows inline. */
    public String getQrImage() {
        return app.qrContent() == null ? null
                : "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(app.qrContent(), 240));
    }

    /** The switch has not applied the latest change yet (shown until it has). */
    public boolean isPending() {
        return calls.switchPending(userId);
    }

    public MobileAppView getApp() {
        return app;
    }

    public List<UserNumber> getMobileNumbers() {
        return mobileNumbers;
    }

    public MobileApp.PhonesToRing[] getPhonesToRingChoices() {
        return MobileApp.PhonesToRing.values();
    }

    public MobileApp.OutboundMode[] getOutboundModes() {
        return MobileApp.OutboundMode.values();
    }

    /** As the reference names them. */
    public String title(Enum<?> value) {
        return switch (value.name()) {
            case "OFFICE" -> "Office phone";
            case "MOBILE" -> "Mobile phone";
            case "BOTH" -> "Both";
            case "VOIP" -> "VoIP (over Wi-Fi or data)";
            case "CALL_THROUGH" -> "Call Through (over the cellular network; the default)";
            case "CALL_BACK" -> "Call Back (the system calls your mobile)";
            default -> value.name();
        };
    }

    public OfficeAnywhereUser getOfficeAnywhere() {
        return officeAnywhere;
    }

    public CallSettings getCallSettings() {
        return callSettings;
    }

    public NumberKind[] getAlternateKinds() {
        return NumberKind.values();
    }

    public Long getNumberId() {
        return numberId;
    }

    public void setNumberId(Long numberId) {
        this.numberId = numberId;
    }

    public boolean isAlertClickToDial() {
        return alertClickToDial;
    }

    public void setAlertClickToDial(boolean alertClickToDial) {
        this.alertClickToDial = alertClickToDial;
    }

    public MobileApp.PhonesToRing getPhonesToRing() {
        return phonesToRing;
    }

    public void setPhonesToRing(MobileApp.PhonesToRing phonesToRing) {
        this.phonesToRing = phonesToRing;
    }

    public boolean isAnswerConfirmation() {
        return answerConfirmation;
    }

    public void setAnswerConfirmation(boolean answerConfirmation) {
        this.answerConfirmation = answerConfirmation;
    }

    public MobileApp.OutboundMode getOutboundMode() {
        return outboundMode;
    }

    public void setOutboundMode(MobileApp.OutboundMode outboundMode) {
        this.outboundMode = outboundMode;
    }

    public String getNewAlternate() {
        return newAlternate;
    }

    public void setNewAlternate(String newAlternate) {
        this.newAlternate = newAlternate;
    }

    public NumberKind getNewAlternateKind() {
        return newAlternateKind;
    }

    public void setNewAlternateKind(NumberKind newAlternateKind) {
        this.newAlternateKind = newAlternateKind;
    }
}
