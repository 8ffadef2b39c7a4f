package org.onenumber.mobility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onenumber.account.entity.User;
import org.onenumber.account.entity.UserNumber;
import org.onenumber.platform.entity.Identified;
import org.onenumber.switchadapter.wire.MobileApp;

/**
 * The Mobile App (the Mobility feature) as its user turned it on in My Features (reference 002, 3.2): the mobile
 * number from My Number the switch rings as the cell phone, and the app's settings Alert Click-to-Dial, Phones to
 * Ring, Answer Confirmation and the default outbound call mode. An administrator enables Mobility for the user first;
 * no row: the Mobile App is off (the client still rings over Wi-Fi, as the admin's enablement gives it).
 */
@Entity
@Table(name = "mobile_app")
public class MobileAppSettings extends Identified {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "number_id")
    private UserNumber number;

    @Column(name = "alert_click_to_dial", nullable = false)
    private boolean alertClickToDial;

    @Enumerated(EnumType.STRING)
    @Column(name = "phones_to_ring", nullable = false)
    private MobileApp.PhonesToRing phonesToRing;

    @Column(name = "answer_confirmation", nullable = false)
    private boolean answerConfirmation;

    @Enumerated(EnumType.STRING)
    @Column(name = "outbound_mode", nullable = false)
    private MobileApp.OutboundMode outboundMode;

    @Column(name = "turned_on_at", nullable = false)
    private Instant turnedOnAt;

    protected MobileAppSettings() {
    }

    public MobileAppSettings(User user, Instant at) {
        this.user = user;
        this.turnedOnAt = at;
    }

    public void apply(UserNumber mobile, MobileApp settings) {
        this.number = mobile;
        this.alertClickToDial = settings.alertClickToDial();
        this.phonesToRing = settings.phonesToRing();
        this.answerConfirmation = settings.answerConfirmation();
        this.outboundMode = settings.outboundMode();
    }

    public MobileApp settings() {
        return new MobileApp(alertClickToDial, phonesToRing, answerConfirmation, outboundMode);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("mobileNumber", number.getE164());
        map.put("alertClickToDial", alertClickToDial);
        map.put("phonesToRing", phonesToRing.name());
        map.put("answerConfirmation", answerConfirmation);
        map.put("outboundMode", outboundMode.name());
        return map;
    }

    public User getUser() {
        return user;
    }

    public UserNumber getNumber() {
        return number;
    }

    public boolean isAlertClickToDial() {
        return alertClickToDial;
    }

    public MobileApp.PhonesToRing getPhonesToRing() {
        return phonesToRing;
    }

    public boolean isAnswerConfirmation() {
        return answerConfirmation;
    }

    public MobileApp.OutboundMode getOutboundMode() {
        return outboundMode;
    }

    public Instant getTurnedOnAt() {
        return turnedOnAt;
    }
}
