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
import org.onenumber.platform.control.BusinessException;
import org.onenumber.web.Messages;
import org.onenumber.web.Navigation;
import org.onenumber.security.boundary.DatabaseIdentityStore;
import org.onenumber.security.boundary.Logins;

/** Changing one's password; forced at first login, when the session holds no role yet. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    SecurityContext security;

    @Inject
    Logins logins;

    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    public boolean isForced() {
        return security.isCallerInRole(DatabaseIdentityStore.PASSWORD_CHANGE_REQUIRED);
    }

    public void change() {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            Messages.field("password:confirmPassword", "The two new passwords differ.");
            return;
        }
        String name = security.getCallerPrincipal().getName();
        try {
            logins.changePassword(name, currentPassword, newPassword);
        } catch (BusinessException e) {
            Messages.show("password", e);
            return;
        }
        // sign in again so the session gets the login's real roles
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(name, newPassword)));
        if (status == AuthenticationStatus.SUCCESS) {
            Navigation.redirect(Navigation.landing(security));
            FacesContext.getCurrentInstance().responseComplete();
        } else {
            Navigation.redirect("/login.xhtml");
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
