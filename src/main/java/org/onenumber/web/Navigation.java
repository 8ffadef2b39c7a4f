package org.onenumber.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.onenumber.security.boundary.DatabaseIdentityStore;
import org.onenumber.security.entity.Role;

/** Where a signed-in person starts, by role: admins and support on their home page, end users in My Phone. */
public final class Navigation {

    private Navigation() {
    }

    public static String landing(SecurityContext security) {
        if (security.isCallerInRole(DatabaseIdentityStore.PASSWORD_CHANGE_REQUIRED)) {
            return "/change-password.xhtml";
        }
        if (security.isCallerInRole(Role.SUPPORT)) {
            return "/admin/support/home.xhtml";
        }
        if (security.isCallerInRole(Role.DECISION_MAKER) || security.isCallerInRole(Role.PHONE_MANAGER)) {
            return "/admin/home.xhtml";
        }
        if (security.isCallerInRole(Role.END_USER)) {
            return "/myphone/profile.xhtml";
        }
        return "/login.xhtml";
    }

    public static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Redirects to {@code path}, which shows {@code message} (a saved change says so on the page it lands on). */
    public static void redirect(String path, String message) {
        Messages.info(message);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        redirect(path);
    }
}
