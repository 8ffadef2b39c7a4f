package org.onenumber.anywhere.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.Site;
import org.onenumber.anywhere.control.Readiness;
import org.onenumber.anywhere.control.Readiness.Condition;
import org.onenumber.anywhere.entity.PortalScope;
import org.onenumber.security.entity.Role;

/** The guide's five prerequisites of Office Anywhere, checked for one site, each with what to do next. */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class AnywhereReadiness {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    public Readiness check(long siteId) {
        Site site = tenancy.site(siteId);
        long free = em.createQuery("select count(p) from PhoneNumber p where p.account = :account and p.status = :free", Long.class)
                .setParameter("account", site.getAccount()).setParameter("free", PhoneNumber.Status.FREE).getSingleResult();
        // the site's own portals, and the company's, which serve every site
        long portals = em.createQuery("select count(p) from Portal p where p.site = :site"
                        + " or (p.account = :account and p.scope = :company)", Long.class)
                .setParameter("site", site).setParameter("account", site.getAccount())
                .setParameter("company", PortalScope.COMPANY).getSingleResult();
        long users = em.createQuery("select count(o) from OfficeAnywhereUser o where o.user.site = :site", Long.class)
                .setParameter("site", site).getSingleResult();
        long withNumbers = em.createQuery("select count(distinct o) from AlternateNumber n join n.owner o where o.user.site = :site",
                        Long.class)
                .setParameter("site", site).getSingleResult();
        long active = em.createQuery("select count(n) from AlternateNumber n join n.owner o where o.user.site = :site"
                        + " and n.active = true", Long.class)
                .setParameter("site", site).getSingleResult();
        return new Readiness(siteId, List.of(
                new Condition("number", "An inbound number is available for a portal", free > 0 || portals > 0,
                        "Add a number to the account's inventory on the Numbers page."),
                new Condition("portal", "A portal is assigned to the site", portals > 0,
                        "Add a portal: choose Add and pick one of the free numbers."),
                new Condition("user", "An Office Anywhere user is assigned and active", users > 0,
                        "Assign Office Anywhere to a user of this site."),
                new Condition("userNumber", "A landline or wireless number is assigned to the user", withNumbers > 0,
                        "Add the number of the user's other phone under Office Anywhere users."),
                new Condition("active", "Active is set on the numbers to ring", active > 0,
                        "Tick Active on the numbers that should ring when the desk phone does.")));
    }
}
