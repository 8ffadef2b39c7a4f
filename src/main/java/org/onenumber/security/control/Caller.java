package org.onenumber.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.security.entity.Login;
import org.onenumber.security.entity.Role;

/** The signed-in login of this request and the tenant it may see. */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    private Login login;

    /**
     * From now on in this request, the caller is the named system principal of one carrier (and account);
     * returns who it was before (null: not looked up yet), for {@link #restore}.
     */
    public Login actAsSystem(String name, long carrierId, Long accountId) {
        Login before = login;
        login = new Login(name, "", false, carrierId, accountId, null, Role.SYSTEM);
        return before;
    }

    public void restore(Login before) {
        login = before;
    }

    public Login login() {
        if (login == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new NotFoundException("Login", "(anonymous)");
            }
            login = em.createQuery("select l from Login l where l.username = :name", Login.class)
                    .setParameter("name", principal.getName())
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new NotFoundException("Login", principal.getName()));
        }
        return login;
    }

    public String name() {
        if (login != null && login.hasRole(Role.SYSTEM)) {
            return login.getUsername();
        }
        Principal principal = security.getCallerPrincipal();
        return principal == null ? "system" : principal.getName();
    }

    public long carrierId() {
        return login().getCarrierId();
    }

    /** The one account a customer admin, end user or account-scoped system caller belongs to; null for carrier-wide logins. */
    public Long accountId() {
        Login l = login();
        return l.hasRole(Role.CARRIER_API) || l.hasRole(Role.SUPPORT) ? null : l.getAccountId();
    }
}
