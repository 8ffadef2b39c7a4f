package org.onenumber.mobility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import org.onenumber.account.control.DialPlan;
import org.onenumber.account.control.UserRemoving;

/** A deleted user loses Mobility, in the same transaction (license gives back their clients itself). */
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
        em.createQuery("delete from MobilityUser m where m.user = :user").setParameter("user", removal.user())
                .executeUpdate();
        dialPlan.release(DialPlan.Holder.mobilityUser(removal.user()));
    }
}
