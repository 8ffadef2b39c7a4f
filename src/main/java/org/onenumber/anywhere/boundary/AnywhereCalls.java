package org.onenumber.anywhere.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.User;
import org.onenumber.anywhere.entity.AnywhereError;
import org.onenumber.anywhere.entity.OfficeAnywhereUser;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.security.entity.Role;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switching.boundary.CallControl;

/**
 * Push and pull (reference 004): a call active on the desk phone is pushed to the user's Office Anywhere phone, one on
 * that phone pulled back to the desk, through the switch's move command. The switch de-duplicates by command id, so
 * a retried move with the same id runs once; its refusals (a conference, a call on hold, one not yet answered) come
 * back with its reason.
 */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class AnywhereCalls {

    @Inject
    AccountScope tenancy;

    @Inject
    AnywhereUsers users;

    @Inject
    CallControl calls;

    /**
     * Moves the user's call to {@code target} (OFFICE_ANYWHERE: push, DESK: pull); returns what the switch said. No
     * transaction is held open while the switch answers.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String move(long userId, String callId, Device target, String commandId) {
        User user = tenancy.user(userId);
        OfficeAnywhereUser anywhere = users.of(userId).orElseThrow(() -> new ConflictException(
                AnywhereError.NOT_OFFICE_ANYWHERE_USER, "userId", user.displayName() + " does not have Office Anywhere."));
        if (target == Device.OFFICE_ANYWHERE && !anywhere.ringsSomewhere()) {
            throw new ConflictException(AnywhereError.NO_ACTIVE_NUMBER, "target", user.displayName()
                    + " has no Active Office Anywhere number to push the call to.");
        }
        // the switch remembers command ids across all its tenants: the caller's id is scoped to the station
        String station = user.getStation().switchTarget().key();
        String id = station + "/" + (commandId == null || commandId.isBlank() ? UUID.randomUUID().toString() : commandId.trim());
        return calls.move(station, callId, target, id);
    }
}
