package org.onenumber.myphone.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onenumber.account.control.UserRemoving;

/** A deleted user's call settings go with them (their Simultaneous Ring numbers are freed by the feature rules). */
@ApplicationScoped
public class CallSettingsRemoval {

    @PersistenceContext
    EntityManager em;

    void onUserRemoving(@Observes UserRemoving removal) {
        em.createQuery("delete from SimRingNumber n where n.settings in (select c from CallSettings c where c.user = :user)")
                .setParameter("user", removal.user()).executeUpdate();
        em.createQuery("delete from CallSettings c where c.user = :user").setParameter("user", removal.user()).executeUpdate();
    }
}
