package org.onenumber.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onenumber.security.boundary.AccessCodeCredential;
import org.onenumber.security.boundary.OneNumberAuthentication;
import org.onenumber.security.boundary.PendingSignIn;
import org.onenumber.security.boundary.SecondFactor;
import org.onenumber.security.control.AccessCodePolicy;
import org.onenumber.web.Messages;
import org.onenumber.web.Navigation;

/** access-code.xhtml: the second step of a sign-in, the access code from the email, and a new code on request. */
@Named
@RequestScoped
public class AccessCodeBacking {

    static final String FIELD = "accessCode:code";
    static final String ENDED = "This sign-in has ended. Sign in again with your password to get a new code.";

    @Inject
    SecurityContext security;

    @Inject
    SecondFactor secondFactor;

    @Inject
    AccessCodePolicy policy;

    private String code;
    private boolean ended;

    /** Only a sign-in that passed the password has a code to enter; anyone else starts at the login page. */
    public void check() {
        if (pending() == null) {
            Navigation.redirect("/login.xhtml");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new AccessCodeCredential(code)));
        if (status == AuthenticationStatus.SUCCESS) {
            Navigation.redirect(Navigation.landing(security));
            faces.responseComplete();
            return;
        }
        SecondFactor.Entered entered = OneNumberAuthentication.accessCodeEntered(request);
        code = null;
        if (entered == null) {
            ended = true;
            Messages.field(FIELD, ENDED);
            return;
        }
        switch (entered.outcome()) {
            case WRONG -> Messages.field(FIELD, "That code is not correct. Enter the six digits from the newest email ("
                    + entered.wrongCodesLeft() + (entered.wrongCodesLeft() == 1 ? " try" : " tries") + " left).");
            case EXPIRED -> Messages.field(FIELD,
                    "That code has expired. Choose Send a new code, then enter the code from the new email.");
            case BLOCKED -> {
                ended = true;
                Messages.field(FIELD, "Too many wrong codes: this sign-in is blocked. Sign in again with your password to"
                        + " get a new code.");
            }
            default -> {
                ended = true;
                Messages.field(FIELD, ENDED);
            }
        }
    }

    public void resend() {
        PendingSignIn pending = pending();
        SecondFactor.Resent resent = pending == null ? null : secondFactor.resend(pending.name(), pending.challengeId());
        if (resent == null || resent.ended()) {
            ended = true;
            Messages.field(FIELD, ENDED);
        } else if (!resent.sent()) {
            long seconds = Math.max(1, (resent.waitFor().toMillis() + 999) / 1000);
            Messages.field(FIELD, "A new code was sent a moment ago. Check your email, or ask again in " + seconds
                    + (seconds == 1 ? " second." : " seconds."));
        } else {
            Messages.info("A new access code is on its way to " + pending.maskedEmail()
                    + ". The code from the earlier email no longer works.");
        }
    }

    private static PendingSignIn pending() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return PendingSignIn.of(request.getSession(false));
    }

    public String getMaskedEmail() {
        PendingSignIn pending = pending();
        return pending == null ? "your email address" : pending.maskedEmail();
    }

    public long getMinutes() {
        return policy.validFor().toMinutes();
    }

    public boolean isEnded() {
        return ended;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
