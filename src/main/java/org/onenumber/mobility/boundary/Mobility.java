package org.onenumber.mobility.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.AccountError;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.license.boundary.Licenses;
import org.onenumber.license.entity.ClientLicense;
import org.onenumber.mobility.control.MobilityEmails;
import org.onenumber.mobility.control.MobilityRules;
import org.onenumber.mobility.entity.MobilityError;
import org.onenumber.mobility.entity.MobilityRouter;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilitySettings;
import org.onenumber.mobility.entity.MobilityStatus;
import org.onenumber.mobility.entity.MobilityUser;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.Validation;
import org.onenumber.security.control.Caller;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.control.TargetChanged;
import org.onenumber.switching.entity.SwitchTarget;

/**
 * An account's Mobility add-on: activation by a customer admin (with the purchase confirmed), completion
 * and suspension by carrier support, and the Connect Mobility Settings. Support-only fields are refused
 * from anyone else, whatever the channel.
 */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class Mobility {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    @Inject
    Caller caller;

    @Inject
    MobilityRules rules;

    @Inject
    MobilityEmails emails;

    @Inject
    Licenses licenses;

    @Inject
    Validation validation;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TargetChanged> targetChanged;

    @Resource
    SessionContext session;

    /** The add-on as it stands; NOT_ACTIVATED for an account that never activated it. */
    public MobilityService service(long accountId) {
        Account account = tenancy.account(accountId);
        return rules.service(account).orElseGet(() -> new MobilityService(account));
    }

    /**
     * The add-on and license pool of each of the carrier's accounts given, in three queries for the whole list (the
     * add-on, the shared licenses, the quantities); an account without either (or not the carrier's) has
     * {@link MobilityOverview#NONE}.
     */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT})
    public Map<Long, MobilityOverview> overview(Collection<Long> accountIds) {
        Map<Long, MobilityOverview> overview = new HashMap<>();
        if (accountIds.isEmpty()) {
            return overview;
        }
        accountIds.forEach(id -> overview.put(id, MobilityOverview.NONE));
        long carrier = tenancy.carrierId();
        em.createQuery("select m.account.id, m.status, r.name from MobilityService m left join m.router r"
                        + " where m.account.id in :accounts and m.account.carrier.id = :carrier", Object[].class)
                .setParameter("accounts", accountIds).setParameter("carrier", carrier).getResultList()
                .forEach(row -> overview.put((Long) row[0], new MobilityOverview((MobilityStatus) row[1], (String) row[2], 0, 0)));
        // the shared licenses counted before the quantities are read, as Licenses.pool reads them (never shared above
        // purchased)
        Map<Long, Integer> shared = new HashMap<>();
        em.createQuery("select l.account.id, count(l) from ClientLicense l where l.account.id in :accounts"
                        + " and l.status = :shared and l.account.carrier.id = :carrier group by l.account.id", Object[].class)
                .setParameter("accounts", accountIds).setParameter("shared", ClientLicense.Status.SHARED)
                .setParameter("carrier", carrier).getResultList()
                .forEach(row -> shared.put((Long) row[0], ((Number) row[1]).intValue()));
        em.createQuery("select p.account.id, p.purchased from LicensePool p where p.account.id in :accounts"
                        + " and p.account.carrier.id = :carrier", Object[].class)
                .setParameter("accounts", accountIds).setParameter("carrier", carrier).getResultList()
                .forEach(row -> overview.compute((Long) row[0], (id, service) -> new MobilityOverview(service.status(),
                        service.router(), (Integer) row[1], shared.getOrDefault(id, 0))));
        return overview;
    }

    /**
     * How many of the carrier's accounts stand in each state of the add-on, every state listed in order: two grouped
     * queries, however many accounts (an account that never activated it has no add-on row and counts as not activated).
     */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT})
    public Map<MobilityStatus, Long> accountsByStatus() {
        long carrier = tenancy.carrierId();
        Map<MobilityStatus, Long> counts = new EnumMap<>(MobilityStatus.class);
        for (MobilityStatus status : MobilityStatus.values()) {
            counts.put(status, 0L);
        }
        long withAddOn = 0;
        for (Object[] row : em.createQuery("select m.status, count(m) from MobilityService m where m.account.carrier.id = :carrier"
                + " group by m.status", Object[].class).setParameter("carrier", carrier).getResultList()) {
            long count = ((Number) row[1]).longValue();
            counts.put((MobilityStatus) row[0], count);
            withAddOn += count;
        }
        long accounts = em.createQuery("select count(a) from Account a where a.carrier.id = :carrier", Long.class)
                .setParameter("carrier", carrier).getSingleResult();
        counts.merge(MobilityStatus.NOT_ACTIVATED, accounts - withAddOn, Long::sum);
        return counts;
    }

    /**
     * The carrier's accounts waiting for support to complete Mobility activation, the latest request first (a request
     * just made is the one someone may be on the phone about; the count says how many wait in all).
     */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT})
    public List<PendingActivation> pendingActivations(int max) {
        return em.createQuery("select a.id, a.name, m.activationRequestedAt, m.activationRequestedBy from MobilityService m"
                        + " join m.account a where a.carrier.id = :carrier and m.status = :pending"
                        + " order by m.activationRequestedAt desc, a.id desc", Object[].class)
                .setParameter("carrier", tenancy.carrierId()).setParameter("pending", MobilityStatus.PENDING_ACTIVATION)
                .setMaxResults(Math.min(max, 200)).getResultList().stream()
                .map(row -> new PendingActivation((Long) row[0], (String) row[1], (Instant) row[2], (String) row[3]))
                .toList();
    }

    /**
     * A customer admin (or the carrier for them) activates Mobility and confirms the purchase; the add-on
     * waits for support to complete it. Settings given here are checked like any settings change.
     */
    public MobilityService activate(long accountId, boolean purchaseConfirmed, MobilitySettings settings) {
        Account account = tenancy.account(accountId);
        if (!purchaseConfirmed) {
            throw new InvalidInputException("purchaseConfirmed", "Confirm the purchase of the Mobility add-on to activate it.");
        }
        MobilityService service = stored(account);
        var before = service.snapshot();
        service.requestActivation(caller.name());
        applySettings(service, settings == null ? MobilitySettings.none() : settings);
        licenses.open(accountId);
        audit.record(account, "MobilityService", service.getId(), "ACTIVATE", before, service.snapshot());
        return service;
    }

    /** Support completes activation, setting the support-only fields in the same step if it likes. */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT})
    public MobilityService completeActivation(long accountId, MobilitySettings settings) {
        Account account = tenancy.account(accountId);
        MobilityService service = stored(account);
        var before = service.snapshot();
        boolean provisioningChanged = applySettings(service, settings == null ? MobilitySettings.none() : settings);
        service.completeActivation(caller.name());
        // one email per user: users added while activation was pending can set up their app only now that a router is
        // known, and their provisioning email carries the settings; only users who already had one hear of a change
        SettingsEmails mail = SettingsEmails.of(mobilityUsers(account), service, provisioningChanged, true);
        mail.provisioning().forEach(u -> {
            emails.provisioning(u, service);
            u.provisioningEmailSent();
        });
        mail.changed().forEach(u -> emails.settingsChanged(u, service));
        audit.record(account, "MobilityService", service.getId(), "COMPLETE_ACTIVATION", before, service.snapshot());
        return service;
    }

    /**
     * The emails a settings change (or support's completion of activation) would send, worked out by making the change
     * and rolling it back: a page asks before the change, with the same rules and refusals as the change itself.
     */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public SettingsEmails previewSettings(long accountId, Long expectedVersion, MobilitySettings settings, boolean completion) {
        Account account = tenancy.account(accountId);
        MobilityService service = stored(account);
        SettingsEmails mail;
        if (completion) {
            boolean changed = applySettings(service, settings == null ? MobilitySettings.none() : settings);
            service.completeActivation(caller.name());
            mail = SettingsEmails.of(mobilityUsers(account), service, changed, true);
        } else {
            StaleVersionException.check("Mobility settings of account " + accountId, expectedVersion, service.getVersion());
            boolean changed = applySettings(service, settings);
            mail = SettingsEmails.of(mobilityUsers(account), service, changed, false);
        }
        session.setRollbackOnly();
        return mail;
    }

    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT})
    public MobilityService suspend(long accountId) {
        return changeStatus(accountId, "SUSPEND", MobilityService::suspend);
    }

    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT})
    public MobilityService resume(long accountId) {
        return changeStatus(accountId, "RESUME", MobilityService::resume);
    }

    /**
     * Changes the settings: customer admins may set the notification flag and the defaults for new users;
     * the router, group name and numbers belong to support. With the notification flag on, every mobility
     * user of the account hears of a change to what their app is provisioned with, once.
     */
    public MobilityService modifySettings(long accountId, Long expectedVersion, MobilitySettings settings) {
        Account account = tenancy.account(accountId);
        MobilityService service = stored(account);
        StaleVersionException.check("Mobility settings of account " + accountId,
                expectedVersion, service.getVersion());
        var before = service.snapshot();
        if (applySettings(service, settings)) {
            SettingsEmails.of(mobilityUsers(account), service, true, false).changed()
                    .forEach(user -> emails.settingsChanged(user, service));
        }
        audit.record(account, "MobilityService", service.getId(), "MODIFY_SETTINGS", before, service.snapshot());
        return service;
    }

    private MobilityService changeStatus(long accountId, String action, Consumer<MobilityService> change) {
        Account account = tenancy.account(accountId);
        MobilityService service = stored(account);
        var before = service.snapshot();
        change.accept(service);
        // written now, so that the answer made in this transaction carries the version the change gave the settings
        em.flush();
        audit.record(account, "MobilityService", service.getId(), action, before, service.snapshot());
        return service;
    }

    /** @return whether what the clients are provisioned with changed (the switch hears of it; emails are the caller's) */
    private boolean applySettings(MobilityService service, MobilitySettings settings) {
        validation.check(settings);
        settings.requireChangeableBy(caller.login().hasRole(Role.SUPPORT) || caller.login().hasRole(Role.CARRIER_API));
        Account account = service.getAccount();
        MobilityRouter router = settings.mobilityRouter() == null ? null : router(account, settings.mobilityRouter());
        PhoneNumber accessNumber = settings.accessNumber() == null ? null : accessNumber(service, settings.accessNumber());
        boolean provisioningChanged = service.apply(settings, router, accessNumber);
        if (service.getId() == null) {
            em.persist(service);
        }
        em.flush();
        if (provisioningChanged) {
            targetChanged.fire(new TargetChanged(SwitchTarget.accountMobility(account.carrierId(), account.getId())));
        }
        return provisioningChanged;
    }

    private MobilityRouter router(Account account, String name) {
        return em.createQuery("select r from MobilityRouter r where r.carrier = :carrier and r.name = :name", MobilityRouter.class)
                .setParameter("carrier", account.getCarrier()).setParameter("name", name.trim())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("mobilityRouter", "There is no mobility router named "
                        + name.trim() + "."));
    }

    /** The access number comes from the account's free numbers (or is the one it has). */
    private PhoneNumber accessNumber(MobilityService service, String input) {
        String e164 = NumberFormat.toE164(input, "accessNumber");
        if (service.getAccessNumber() != null && service.getAccessNumber().getE164().equals(e164)) {
            return service.getAccessNumber();
        }
        PhoneNumber number = em.createQuery("select n from PhoneNumber n where n.account = :account and n.e164 = :e164",
                        PhoneNumber.class)
                .setParameter("account", service.getAccount()).setParameter("e164", e164)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ConflictException(AccountError.NUMBER_NOT_AVAILABLE, "accessNumber",
                        NumberFormat.display(e164) + " is not in this account's number inventory."));
        if (number.getStatus() != PhoneNumber.Status.FREE) {
            throw new ConflictException(AccountError.NUMBER_NOT_AVAILABLE, "accessNumber",
                    NumberFormat.display(e164) + " is already assigned.");
        }
        return number;
    }

    private MobilityService stored(Account account) {
        return rules.service(account).orElseGet(() -> new MobilityService(account));
    }

    private List<MobilityUser> mobilityUsers(Account account) {
        return em.createQuery("select m from MobilityUser m join fetch m.user u join fetch u.station s"
                        + " left join fetch s.phoneNumber where m.account = :account order by m.id", MobilityUser.class)
                .setParameter("account", account).getResultList();
    }
}
