package org.onenumber.anywhere.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onenumber.account.control.UserFeature;
import org.onenumber.account.entity.Feature;
import org.onenumber.account.entity.ProfileType;
import org.onenumber.account.entity.User;

/** Office Anywhere tells the account's feature rules who has it. */
@ApplicationScoped
public class AnywhereFeature implements UserFeature {

    @PersistenceContext
    EntityManager em;

    @Override
    public Feature feature() {
        return Feature.OFFICE_ANYWHERE;
    }

    /** Essentials and above, like Mobility. */
    @Override
    public boolean allows(User user, ProfileType profile) {
        return profile != ProfileType.BASIC;
    }

    @Override
    public boolean heldBy(User user) {
        return em.createQuery("select count(o) from OfficeAnywhereUser o where o.user = :user", Long.class)
                .setParameter("user", user).getSingleResult() > 0; // flushed first: AUTO, the persistence unit's mode
    }
}
