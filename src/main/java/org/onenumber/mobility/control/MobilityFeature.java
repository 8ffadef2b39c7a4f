package org.onenumber.mobility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onenumber.account.control.UserFeature;
import org.onenumber.account.entity.Feature;
import org.onenumber.account.entity.ProfileType;
import org.onenumber.account.entity.User;

/** Mobility tells the account's feature rules who has it. */
@ApplicationScoped
public class MobilityFeature implements UserFeature {

    @Inject
    MobilityRules rules;

    @Override
    public Feature feature() {
        return Feature.MOBILITY;
    }

    /** The phone profiles the carrier sells Mobility with. */
    @Override
    public boolean allows(User user, ProfileType profile) {
        return user.getAccount().getCarrier().mobilityProfiles().contains(profile);
    }

    @Override
    public boolean heldBy(User user) {
        return rules.isMobilityUser(user);
    }
}
