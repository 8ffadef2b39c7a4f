package org.onenumber.myphone.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.Station;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.myphone.entity.AccountCallDefaults;
import org.onenumber.myphone.entity.CallTimers;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.Validation;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.control.SwitchProjection;
import org.onenumber.switching.control.TargetChanged;

/**
 * The account's ring timers and No Reply default (reference 003, 5.2): its administrators and the carrier set them,
 * every user sees them. A change reaches every station of the account on the switch.
 */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class CallDefaults {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    @Inject
    Validation validation;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TargetChanged> targetChanged;

    @Inject
    SwitchProjection projection;

    /** The account's (transient, version 0, with the reference's figures when it never set its own). */
    @PermitAll
    public AccountCallDefaults of(Account account) {
        return em.createQuery("select d from AccountCallDefaults d where d.account = :account", AccountCallDefaults.class)
                .setParameter("account", account).getResultStream().findFirst()
                .orElseGet(() -> new AccountCallDefaults(account));
    }

    @RolesAllowed({Role.END_USER, Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public AccountCallDefaults ofAccount(long accountId) {
        return of(tenancy.account(accountId));
    }

    public AccountCallDefaults save(long accountId, Long expectedVersion, CallTimers timers) {
        validation.check(timers);
        Account account = tenancy.account(accountId);
        em.lock(account, LockModeType.PESSIMISTIC_WRITE); // the first save of two creates the row, the second sees it
        AccountCallDefaults defaults = of(account);
        StaleVersionException.check("Call timers of account " + accountId, expectedVersion, defaults.getVersion());
        var before = defaults.getId() == null ? null : defaults.snapshot();
        if (defaults.getId() == null) {
            em.persist(defaults);
        }
        defaults.apply(timers.wifiSeconds(), timers.deskSeconds(), timers.cellSeconds(), timers.noReplySeconds());
        em.flush();
        audit.record(account, "AccountCallDefaults", defaults.getId(), before == null ? "ADD" : "MODIFY", before,
                defaults.snapshot());
        // every station's timers change: their states are read and written together, not one station after another
        return projection.together(() -> {
            em.createQuery("select s from Station s where s.account = :account", Station.class).setParameter("account", account)
                    .getResultList().forEach(station -> targetChanged.fire(new TargetChanged(station.switchTarget())));
            return defaults;
        });
    }
}
