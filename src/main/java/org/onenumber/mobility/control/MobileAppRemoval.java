package org.onenumber.mobility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onenumber.account.control.FeatureRules;
import org.onenumber.account.entity.Feature;
import org.onenumber.account.entity.User;
import org.onenumber.mobility.entity.MobileAppSettings;

/** The Mobile App goes with the user's Mobility (an administrator disabled it, or the user is deleted); its number is free again. */
@ApplicationScoped
public class MobileAppRemoval {

    @PersistenceContext
    EntityManager em;

    @Inject
    FeatureRules features;

    public void remove(User user) {
        em.createQuery("select a from MobileAppSettings a where a.user = :user", MobileAppSettings.class)
                .setParameter("user", user).getResultStream().findFirst().ifPresent(this::remove);
    }

    public void remove(MobileAppSettings settings) {
        features.release(Feature.MOBILITY, settings.getId());
        em.remove(settings);
        em.flush();
    }
}
