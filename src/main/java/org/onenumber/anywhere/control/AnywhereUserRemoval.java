package org.onenumber.anywhere.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onenumber.account.control.UserRemoving;

/** A deleted user's Office Anywhere goes with them (the account frees their numbers for others). */
@ApplicationScoped
public class AnywhereUserRemoval {

    @PersistenceContext
    EntityManager em;

    void onUserRemoving(@Observes UserRemoving removal) {
        em.createQuery("delete from AlternateNumber n where n.owner in (select o from OfficeAnywhereUser o where o.user = :user)").setParameter("user", removal.user())
                .executeUpdate();
        em.createQuery("delete from OfficeAnywhereUser o where o.user = :user").setParameter("user", removal.user())
                .executeUpdate();
    }
}
