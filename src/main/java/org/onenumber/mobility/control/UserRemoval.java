package org.onenumber.mobility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import org.onenumber.account.control.DialPlan;
import org.onenumber.account.control.UserRemoving;
import org.onenumber.mobility.entity.MobilityUser;

/**
 * A deleted user loses Mobility, in the same transaction (license gives back their clients itself), and the change feed
 * reads their mobility user's deletion.
 */
@ApplicationScoped
public class UserRemoval {

    @PersistenceContext
    EntityManager em;

    @Inject
    DialPlan dialPlan;

    @Inject
    MobileAppRemoval mobileApps;

    void onUserRemoving(@Observes UserRemoving removal) {
        mobileApps.remove(removal.user());
        // one by one, not in a bulk delete: the change feed sees each removal (MOBILITY_USER DELETED), as it sees the
        // user's own; a bulk delete passes by the persistence provider's listeners
        em.createQuery("select m from MobilityUser m where m.user = :user", MobilityUser.class)
                .setParameter("user", removal.user()).getResultList().forEach(em::remove);
        dialPlan.release(DialPlan.Holder.mobilityUser(removal.user()));
    }
}
