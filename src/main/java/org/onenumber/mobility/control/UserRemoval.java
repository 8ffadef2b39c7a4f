package org.onenumber.mobility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onenumber.account.control.UserRemoving;
import org.onenumber.license.boundary.Licenses;

/** A deleted user gives back their mobile client licenses and loses Mobility, in the same transaction. */
@ApplicationScoped
public class UserRemoval {

    @PersistenceContext
    EntityManager em;

    @Inject
    Licenses licenses;

    void onUserRemoving(@Observes UserRemoving removal) {
        licenses.stationRemoved(removal.user());
        em.createQuery("delete from MobilityUser m where m.user = :user").setParameter("user", removal.user())
                .executeUpdate();
    }
}
