package org.onenumber.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onenumber.security.boundary.OneNumberAuthentication;
import org.onenumber.security.boundary.SecondFactor;
import org.onenumber.web.Messages;
import org.onenumber.web.Navigation;

@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    static final String FAILED = "The username or password is not correct, or the login is locked after too many"
            + " failed attempts. Try again later or ask your administrator.";

    static final String NO_EMAIL = "Your account asks for an access code by email at sign-in, and there is no email"
            + " address for you. Ask your administrator to add your email address, then sign in again.";

    private String username;
    private String password;

    public void login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            Navigation.redirect(Navigation.landing(security));
            faces.responseComplete();
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete(); // the password was right; the browser goes on to the access code page
            return;
        }
        SecondFactor.Started started = OneNumberAuthentication.secondFactorStarted(request);
        if (started != null && started.result() == SecondFactor.Start.NO_EMAIL) {
            Messages.error(NO_EMAIL); // told only to someone who knew the password
            return;
        }
        // one answer for a wrong password, an unknown login and a locked one: the page tells no stranger which
        // logins exist
        Messages.error(FAILED);
    }

    /** f:viewAction: a person sent here because their session expired is told so. */
    public void explain() {
        if ("true".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("expired"))) {
            Messages.info("Your session expired. Sign in again to go on.");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
