package org.onenumber.myphone.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onenumber.account.control.UserFeature;
import org.onenumber.account.entity.Feature;
import org.onenumber.account.entity.User;

/** Simultaneous Ring tells the account's feature rules who has it on. */
@ApplicationScoped
public class SimRingFeature implements UserFeature {

    @PersistenceContext
    EntityManager em;

    @Override
    public Feature feature() {
        return Feature.SIMULTANEOUS_RING;
    }

    @Override
    public boolean heldBy(User user) {
        return em.createQuery("select count(c) from CallSettings c where c.user = :user and c.simultaneousRing = true", Long.class)
                .setParameter("user", user).getSingleResult() > 0;
    }
}
