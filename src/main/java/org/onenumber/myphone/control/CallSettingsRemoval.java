package org.onenumber.myphone.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onenumber.account.control.AccountRemoving;
import org.onenumber.account.control.UserRemoving;

/**
 * A deleted user's call settings, devices, rules profiles and PIN go with them (their Simultaneous Ring numbers are
 * freed by the feature rules); a deleted account's ring timers go with it.
 */
@ApplicationScoped
public class CallSettingsRemoval {

    @PersistenceContext
    EntityManager em;

    void onUserRemoving(@Observes UserRemoving removal) {
        em.createQuery("delete from SimRingNumber n where n.settings in (select c from CallSettings c where c.user = :user)")
                .setParameter("user", removal.user()).executeUpdate();
        em.createQuery("delete from CallSettings c where c.user = :user").setParameter("user", removal.user()).executeUpdate();
        em.createQuery("delete from CustomDevice d where d.user = :user").setParameter("user", removal.user()).executeUpdate();
        em.createQuery("delete from RoutingRule r where r.profile in (select p from RulesProfile p where p.user = :user)")
                .setParameter("user", removal.user()).executeUpdate();
        em.createQuery("delete from RulesProfile p where p.user = :user").setParameter("user", removal.user()).executeUpdate();
        em.createQuery("delete from PhonePin p where p.user = :user").setParameter("user", removal.user()).executeUpdate();
    }

    void onAccountRemoving(@Observes AccountRemoving removal) {
        em.createQuery("delete from AccountCallDefaults d where d.account = :account").setParameter("account", removal.account())
                .executeUpdate();
    }
}
