package org.onenumber.myphone.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.User;
import org.onenumber.security.entity.Role;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switching.boundary.CallControl;
import org.onenumber.switching.entity.ActiveCall;

/**
 * My Phone's active calls: the user's calls as the switch's call events reported them, and moving one to the desk
 * phone, the mobile app or the Office Anywhere phone. The switch decides what can move (not a conference of more than
 * three, not a call on hold or not yet answered, not to a device the user does not have) and its reason is shown.
 */
@Stateless
@RolesAllowed({Role.END_USER, Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class MyActiveCalls {

    @Inject
    AccountScope tenancy;

    @Inject
    CallControl calls;

    public List<ActiveCall> of(long userId) {
        User user = tenancy.user(userId);
        return calls.activeCalls(user.getStation().switchTarget().key());
    }

    /** Moves one of the user's calls; returns what the switch said. No transaction is held while it answers. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String move(long userId, String callId, Device target) {
        User user = tenancy.user(userId);
        String station = user.getStation().switchTarget().key();
        return calls.move(station, callId, target, station + "/" + UUID.randomUUID());
    }
}
