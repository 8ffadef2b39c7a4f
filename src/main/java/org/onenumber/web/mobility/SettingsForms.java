package org.onenumber.web.mobility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.onenumber.account.boundary.PhoneNumbers;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.mobility.boundary.Mobility;
import org.onenumber.mobility.boundary.MobilityRouters;
import org.onenumber.security.entity.Role;

/** Opens the Connect Mobility Settings dialog of an account for the caller, with the routers and free numbers to choose from. */
@ApplicationScoped
public class SettingsForms {

    /** The access number list offers the first free numbers; an account needs only one. */
    static final int ACCESS_NUMBER_CHOICES = 200;

    @Inject
    Mobility mobility;

    @Inject
    MobilityRouters routers;

    @Inject
    PhoneNumbers numbers;

    @Inject
    SecurityContext security;

    public SettingsForm open(long accountId) {
        return new SettingsForm(mobility.service(accountId), security.isCallerInRole(Role.SUPPORT), routers.list(),
                numbers.window(accountId, PhoneNumber.Status.FREE, 0, ACCESS_NUMBER_CHOICES));
    }
}
