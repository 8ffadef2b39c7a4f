package org.onenumber.myphone.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.User;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.myphone.control.PinRules;
import org.onenumber.myphone.entity.PhonePin;
import org.onenumber.security.entity.Role;
import org.onenumber.switchadapter.wire.PinDigest;
import org.onenumber.switching.control.TargetChanged;

/**
 * "Change Phone PIN" (reference 000): the phone/voicemail PIN is also the mobile client's password, so a new one
 * becomes the station's desired state on the switch (as a digest) and the client keeps signing in with it. The
 * audit trail records that it changed, never the PIN.
 */
@Stateless
@RolesAllowed({Role.END_USER, Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class PhonePins {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TargetChanged> targetChanged;

    public Optional<PhonePin> of(long userId) {
        return find(tenancy.user(userId));
    }

    public PhonePin change(long userId, String pin, String confirmation) {
        User user = tenancy.user(userId);
        PinRules.check(pin, confirmation, user);
        PhonePin stored = find(user).orElse(null);
        boolean first = stored == null;
        if (first) {
            stored = new PhonePin(user);
            stored.change(PinDigest.of(pin), Clock.systemUTC().instant());
            em.persist(stored);
        } else {
            stored.change(PinDigest.of(pin), Clock.systemUTC().instant());
        }
        em.flush();
        audit.record(user.getAccount(), "PhonePin", stored.getId(), first ? "ADD" : "MODIFY", null,
                java.util.Map.of("pin", "changed"));
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        return stored;
    }

    private Optional<PhonePin> find(User user) {
        return em.createQuery("select p from PhonePin p where p.user = :user", PhonePin.class).setParameter("user", user)
                .getResultStream().findFirst();
    }
}
