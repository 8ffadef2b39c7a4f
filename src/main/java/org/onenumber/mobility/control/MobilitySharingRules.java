package org.onenumber.mobility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onenumber.account.entity.User;
import org.onenumber.license.control.SharingRules;

/** Mobile client licenses serve Mobility, so Mobility's rules decide who may have one more. */
@ApplicationScoped
public class MobilitySharingRules implements SharingRules {

    @Inject
    MobilityRules rules;

    @Override
    public void requireMayShare(User user, long held) {
        var service = rules.requireUsersAllowed(user.getAccount());
        rules.requireEligible(user);
        service.requireRoomForClient(user.displayName(), held);
    }
}
