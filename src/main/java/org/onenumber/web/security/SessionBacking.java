package org.onenumber.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.onenumber.account.boundary.Users;
import org.onenumber.web.Navigation;

/** The signed-in person for page headers, the landing redirect and logout. */
@Named("me")
@RequestScoped
public class SessionBacking {

    @Inject
    SecurityContext security;

    @Inject
    Users users;

    private String personName;

    public String getName() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** The header's name of the signed-in person: their first and last name, not their login. */
    public String getPersonName() {
        if (personName == null && getName() != null) {
            try {
                personName = users.signedInName();
            } catch (RuntimeException e) {
                // the error page has a header too: when the database is what failed, the login still names the person
                personName = getName();
            }
        }
        return personName;
    }

    public boolean inRole(String role) {
        return security.isCallerInRole(role);
    }

    /** index.xhtml: send a person to their start page. */
    public void land() {
        Navigation.redirect(getName() == null ? "/login.xhtml" : Navigation.landing(security));
        FacesContext.getCurrentInstance().responseComplete();
    }

    public void logout() throws ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.logout();
        faces.getExternalContext().invalidateSession();
        Navigation.redirect("/login.xhtml");
        faces.responseComplete();
    }
}
