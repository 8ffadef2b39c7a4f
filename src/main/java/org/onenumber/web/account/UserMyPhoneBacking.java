package org.onenumber.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.onenumber.account.boundary.MyNumbers;
import org.onenumber.account.boundary.MyPhoneSignIns;
import org.onenumber.mobility.boundary.MobileAppView;
import org.onenumber.mobility.boundary.MobileApps;
import org.onenumber.myphone.boundary.MyCalls;
import org.onenumber.myphone.boundary.MyDevices;
import org.onenumber.myphone.boundary.MyRules;
import org.onenumber.myphone.boundary.PhonePins;
import org.onenumber.myphone.entity.CallSettings;
import org.onenumber.myphone.entity.RulesProfile;
import org.onenumber.web.Messages;

/**
 * admin/user.xhtml's My Phone section: what the user chose in My Phone, as their administrators see it (read only: the
 * user's own pages change it), and "Send My Phone sign-in".
 */
@Named
@ViewScoped
public class UserMyPhoneBacking implements Serializable {

    @Inject
    UserBacking user;

    @Inject
    MyCalls calls;

    @Inject
    MyNumbers numbers;

    @Inject
    MobileApps mobileApps;

    @Inject
    MyDevices devices;

    @Inject
    MyRules rules;

    @Inject
    PhonePins pins;

    @Inject
    MyPhoneSignIns signIns;

    private CallSettings settings;

    private long userId() {
        return user.getId();
    }

    public void sendSignIn() {
        Messages.run("signIn", () -> {
            String username = signIns.send(userId());
            Messages.info("Sent: the user signs in as " + username + " with the temporary password in the email.");
        }, null);
    }

    public CallSettings getSettings() {
        if (settings == null) {
            settings = calls.settings(userId());
        }
        return settings;
    }

    public String getPreferredDevice() {
        CallSettings s = getSettings();
        return s.getCustomDevice() == null ? s.getPreferredDevice().title()
                : s.getCustomDevice().getName() + " (" + s.getCustomDevice().getDisplay() + ")";
    }

    public String getMobileApp() {
        MobileAppView app = mobileApps.view(userId());
        if (!app.enabledByAdmin()) {
            return "Not enabled";
        }
        return app.on() ? "On, ringing " + app.settings().getNumber().getDisplay() + "; outbound "
                + app.settings().getOutboundMode().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)
                : "Enabled; the user has not turned it on";
    }

    public String getNumbers() {
        String list = numbers.of(userId()).stream().map(n -> n.getKind().title() + " " + n.getDisplay()
                + (n.getLabel() == null ? "" : " (" + n.getLabel() + ")")).collect(Collectors.joining(", "));
        return list.isEmpty() ? "None" : list;
    }

    public String getDevices() {
        String list = devices.of(userId()).stream().map(d -> d.getName() + " " + d.getDisplay())
                .collect(Collectors.joining(", "));
        return list.isEmpty() ? "None" : list;
    }

    public String getActiveProfile() {
        return rules.of(userId()).stream().filter(RulesProfile::isActive).findFirst()
                .map(p -> p.getName() + ": " + p.getRules().stream().map(r -> r.describe()).collect(Collectors.joining("; ")))
                .orElse("None");
    }

    public String getPinChanged() {
        return pins.of(userId()).map(p -> "Changed " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .format(p.getChangedAt().atOffset(ZoneOffset.UTC))).orElse("Never changed in My Phone");
    }
}
