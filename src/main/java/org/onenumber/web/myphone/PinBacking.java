package org.onenumber.web.myphone;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.onenumber.myphone.boundary.PhonePins;
import org.onenumber.security.control.Caller;
import org.onenumber.web.Messages;

/** myphone/profile.xhtml's "Change Phone PIN": the phone/voicemail PIN, which the mobile app signs in with too. */
@Named
@RequestScoped
public class PinBacking {

    @Inject
    Caller caller;

    @Inject
    PhonePins pins;

    private String pin;
    private String pinConfirmation;

    public void change() {
        long userId = caller.login().getUserId();
        Messages.run("pinForm", () -> pins.change(userId, pin, pinConfirmation),
                "Your phone PIN is changed. Sign in to the mobile app with the new PIN if it asks.");
        pin = null;
        pinConfirmation = null;
    }

    public String getLastChanged() {
        return pins.of(caller.login().getUserId())
                .map(p -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(p.getChangedAt().atOffset(ZoneOffset.UTC)))
                .orElse("never");
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public String getPinConfirmation() {
        return pinConfirmation;
    }

    public void setPinConfirmation(String pinConfirmation) {
        this.pinConfirmation = pinConfirmation;
    }
}
