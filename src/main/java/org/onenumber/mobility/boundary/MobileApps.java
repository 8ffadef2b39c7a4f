package org.onenumber.mobility.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.onenumber.account.control.UserLocks;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.control.FeatureRules;
import org.onenumber.account.entity.Feature;
import org.onenumber.account.entity.User;
import org.onenumber.account.entity.UserNumber;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.mobility.control.MobileAppRemoval;
import org.onenumber.mobility.control.MobilityEmails;
import org.onenumber.mobility.control.MobilityRules;
import org.onenumber.mobility.entity.MobileAppSettings;
import org.onenumber.mobility.entity.MobilityError;
import org.onenumber.mobility.entity.MobilityRouter;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilityUser;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.Validation;
import org.onenumber.platform.control.Where;
import org.onenumber.security.entity.Role;
import org.onenumber.switchadapter.wire.MobileApp;
import org.onenumber.switching.control.TargetChanged;

/**
 * The Mobile App in My Features (reference 002, 3.2): once an administrator enabled Mobility for a user, the user turns
 * the Mobile App on with the mobile number from My Number the switch rings as their cell phone, and chooses Alert
 * Click-to-Dial, Phones to Ring, Answer Confirmation and how the app places calls (Call Through by default). The number
 * is the Mobility feature's: no other feature or user may ring it. Users also read what the app needs to sign in and
 * may have the provisioning email sent again.
 */
@Stateless
@RolesAllowed({Role.END_USER, Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class MobileApps {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserLocks userLocks;

    @Inject
    AccountScope tenancy;

    @Inject
    MobilityRules rules;

    @Inject
    MobilityEmails emails;

    @Inject
    FeatureRules features;

    @Inject
    Validation validation;

    @Inject
    MobileAppRemoval removal;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TargetChanged> targetChanged;

    public MobileAppView view(long userId) {
        User user = tenancy.user(userId);
        MobilityUser mobilityUser = mobilityUser(user).orElse(null);
        Optional<MobilityService> service = rules.service(user.getAccount());
        boolean active = service.map(MobilityRules::active).orElse(false);
        MobilityRouter router = service.map(MobilityService::getRouter).orElse(null);
        boolean ready = mobilityUser != null && router != null;
        return new MobileAppView(mobilityUser != null, active, mobilityUser == null ? askWhom(user) : null,
                settings(user).orElse(null), MobilityEmails.clientUserName(user),
                router == null ? null : router.getClientStartAddress(), router == null ? null : router.getRemoteServerAddress(),
                router == null ? null : router.getRemoteServerPort(), service.map(MobilityService::getGroupName).orElse(null),
                mobilityUser == null ? null : mobilityUser.getMobilityExtension(),
                ready ? MobilityEmails.qrContent(user, mobilityUser, service.get()) : null, emails.appleLink(),
                emails.androidLink());
    }

    /** Turns the Mobile App on, or changes its number or settings ({@code expectedVersion} 0 while it is off). */
    public MobileAppSettings save(long userId, Long expectedVersion, MobileAppChoices choices) {
        User user = tenancy.user(userId);
        userLocks.lock(user);
        if (mobilityUser(user).isEmpty()) {
            throw new BusinessException(MobilityError.NOT_MOBILITY_USER, "userId", "The Mobile App needs your administrator"
                    + " to enable Mobility for you first; ask " + askWhom(user) + ".");
        }
        MobilityService service = rules.service(user.getAccount()).orElse(null);
        if (service == null || !MobilityRules.active(service)) {
            throw new BusinessException(MobilityError.MOBILITY_NOT_ACTIVE, "userId", "The Mobility add-on of "
                    + user.getAccount().getName() + " is not active yet; the Mobile App can be turned on once it is.");
        }
        // the choices after whether the user may have the Mobile App at all: a carrier's request without a number for a
        // user nobody enabled learns that first, not that a number is missing
        validation.check(choices);
        MobileAppSettings settings = settings(user).orElse(null);
        StaleVersionException.check("Mobile App of user " + userId, expectedVersion, settings == null ? 0 : settings.getVersion());
        UserNumber number = em.find(UserNumber.class, choices.numberId());
        if (number == null || !number.getUser().getId().equals(user.getId())) {
            throw new InvalidInputException("numberId", "Choose one of your own numbers from My Number.");
        }
        if (number.getKind() != UserNumber.Kind.MOBILE) {
            throw new InvalidInputException("numberId", number.getDisplay() + " is a landline; the Mobile App rings a"
                    + " mobile number. Choose one, or add it in My Number as Mobile.");
        }
        var before = settings == null ? null : settings.snapshot();
        if (settings == null) {
            settings = new MobileAppSettings(user, Clock.systemUTC().instant());
        }
        String e164 = features.requireFreeDestination(user, Feature.MOBILITY, settings.getId(), number.getE164(), "numberId");
        settings.apply(number, new MobileApp(choices.alertClickToDial(), choices.phonesToRing(), choices.answerConfirmation(),
                choices.outboundMode()));
        if (settings.getId() == null) {
            em.persist(settings);
        }
        em.flush();
        features.claimDestination(user, Feature.MOBILITY, settings.getId(), e164, "numberId");
        audit.record(user.getAccount(), "MobileApp", settings.getId(), before == null ? "ADD" : "MODIFY", before,
                settings.snapshot());
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        return settings;
    }

    public void turnOff(long userId) {
        turnOff(userId, null);
    }

    /** Turns the Mobile App off if it is on; {@code expectedVersion} (null: not asked) is the version read, 0 while off. */
    public void turnOff(long userId, Long expectedVersion) {
        User user = tenancy.user(userId);
        userLocks.lock(user);
        Optional<MobileAppSettings> current = settings(user);
        StaleVersionException.check("Mobile App of user " + userId, expectedVersion, current.map(MobileAppSettings::getVersion)
                .orElse(0L));
        current.ifPresent(settings -> {
            var before = settings.snapshot();
            removal.remove(settings);
            audit.record(user.getAccount(), "MobileApp", settings.getId(), "DELETE", before, null);
            targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        });
    }

    /** "Send me the provisioning email again": to the user's business email address. */
    public void resendProvisioningEmail(long userId) {
        User user = tenancy.user(userId);
        MobilityUser mobilityUser = mobilityUser(user).orElseThrow(() -> new BusinessException(MobilityError.NOT_MOBILITY_USER,
                "userId", "The Mobile App needs your administrator to enable Mobility for you first; ask "
                        + askWhom(user) + "."));
        MobilityService service = rules.service(user.getAccount()).orElse(null);
        if (service == null || service.getRouter() == null) {
            throw new BusinessException(MobilityError.MOBILITY_NOT_ACTIVE, null, "The app can be set up once support has"
                    + " completed Mobility activation and assigned a mobility router.");
        }
        emails.provisioning(mobilityUser, service);
        mobilityUser.provisioningEmailSent();
        audit.record(user.getAccount(), "MobilityUser", mobilityUser.getId(), "SEND_PROVISIONING_EMAIL", null,
                Map.of("to", user.getEmail()));
    }


    private Optional<MobileAppSettings> settings(User user) {
        return em.createQuery("select a from MobileAppSettings a where a.user = :user", MobileAppSettings.class)
                .setParameter("user", user).getResultStream().findFirst();
    }

    private Optional<MobilityUser> mobilityUser(User user) {
        return em.createQuery("select m from MobilityUser m where m.user = :user", MobilityUser.class)
                .setParameter("user", user).getResultStream().findFirst();
    }

    /** The account's Decision Makers and Phone Managers by name: who can enable Mobility for the user. */
    private String askWhom(User user) {
        String names = em.createQuery("select u from User u, Login l where l.userId = u.id and u.account = :account"
                        + " and (" + Where.like("l.roles", "decisionMaker") + " or " + Where.like("l.roles", "phoneManager") + ")"
                        + " order by u.lastName, u.firstName", User.class)
                .setParameter("account", user.getAccount())
                .setParameter("decisionMaker", "%" + Where.literally(Role.DECISION_MAKER) + "%")
                .setParameter("phoneManager", "%" + Where.literally(Role.PHONE_MANAGER) + "%").setMaxResults(3).getResultStream()
                .map(User::displayName).collect(Collectors.joining(", "));
        return names.isEmpty() ? "your company's phone administrator" : names;
    }
}
