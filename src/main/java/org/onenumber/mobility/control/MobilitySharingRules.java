package org.onenumber.mobility.control;

import org.onenumber.mobility.entity.MobilityError;
import org.onenumber.platform.control.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onenumber.account.control.FeatureRules;
import org.onenumber.account.entity.Feature;
import org.onenumber.account.entity.User;
import org.onenumber.license.control.SharingRules;

/** Mobile client licenses serve Mobility, so Mobility's rules decide who may have one more. */
@ApplicationScoped
public class MobilitySharingRules implements SharingRules {

    @Inject
    MobilityRules rules;

    @Inject
    FeatureRules featureRules;

    @Override
    public void requireMayShare(User user, long held) {
        var service = rules.requireUsersAllowed(user.getAccount());
        rules.requireEligible(user);
        // a client serves Mobility, which an Office Anywhere user cannot have (the share search says so too)
        featureRules.requireCompatible(user, Feature.MOBILITY);
        service.requireRoomForClient(user.displayName(), held);
    }

    /** An enabled mobility user is reached through a client: the last one goes only with the user's Mobility. */
    @Override
    public void requireMayUnshare(User user, long remaining) {
        if (remaining < 1 && rules.isMobilityUser(user)) {
            throw new ConflictException(MobilityError.MOBILITY_USER_NEEDS_CLIENT, "deviceIdentity", user.displayName()
                    + " is a mobility user and this is their only mobile client; share them another first, or disable"
                    + " Mobility for them, which frees it.");
        }
    }
}
