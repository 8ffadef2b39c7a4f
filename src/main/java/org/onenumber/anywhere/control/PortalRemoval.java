package org.onenumber.anywhere.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onenumber.account.control.AccountRemoving;
import org.onenumber.account.control.DialPlan;
import org.onenumber.account.control.SiteRemoving;
import org.onenumber.anywhere.entity.Portal;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.switching.control.TargetChanged;

/**
 * A site with portals is not deleted (its admin deletes the portals first, knowingly); an account that goes takes
 * its portals with it, off the switch too.
 */
@ApplicationScoped
public class PortalRemoval {

    @PersistenceContext
    EntityManager em;

    @Inject
    DialPlan dialPlan;

    @Inject
    Event<TargetChanged> targetChanged;

    void onSiteRemoving(@Observes SiteRemoving removal) {
        long portals = em.createQuery("select count(p) from Portal p where p.site = :site", Long.class)
                .setParameter("site", removal.site()).getSingleResult();
        if (portals > 0) {
            throw new ConflictException(CommonError.IN_USE, "siteId", "Site " + removal.site().getName() + " still has "
                    + portals + " Office Anywhere portal" + (portals == 1 ? "" : "s") + "; delete them first.");
        }
    }

    void onAccountRemoving(@Observes AccountRemoving removal) {
        List<Portal> portals = em.createQuery("select p from Portal p where p.account = :account", Portal.class)
                .setParameter("account", removal.account()).getResultList();
        for (Portal portal : portals) {
            var target = portal.switchTarget();
            dialPlan.release(DialPlan.Holder.portal(portal.getId(), portal.getName()));
            em.remove(portal);
            em.flush();
            targetChanged.fire(new TargetChanged(target));
        }
    }
}
