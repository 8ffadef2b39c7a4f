package org.onenumber.anywhere.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.control.FeatureRules;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.Feature;
import org.onenumber.account.entity.ProfileType;
import org.onenumber.account.entity.User;
import org.onenumber.anywhere.entity.AlternateNumber;
import org.onenumber.anywhere.entity.AnywhereError;
import org.onenumber.anywhere.entity.NumberDetails;
import org.onenumber.anywhere.entity.OfficeAnywhereUser;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.Complaints;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.KeysetCursor;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.Validation;
import org.onenumber.platform.control.Where;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.control.TargetChanged;

/**
 * Office Anywhere users and their alternate numbers. An admin assigns Office Anywhere to a user of the Essentials
 * profile or above who does not run Mobility, and gives them landline or wireless numbers, each Active or not: a
 * call to the desk phone rings the active ones too. A number is never the user's business number, a number of the
 * inventory, or a number another feature or user holds ({@code FeatureRules}). End users manage their own numbers
 * in My Phone through the same methods.
 */
@Stateless
@RolesAllowed({Role.END_USER, Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class AnywhereUsers {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    @Inject
    FeatureRules features;

    @Inject
    Validation validation;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TargetChanged> targetChanged;

    /** Gives the user Office Anywhere (no numbers yet: the switch rings nothing new until one is Active). */
    public OfficeAnywhereUser assign(long userId) {
        User user = tenancy.user(userId);
        if (user.getProfileType() == ProfileType.BASIC) {
            throw new ConflictException(AnywhereError.PROFILE_NOT_ELIGIBLE, "userId", user.displayName()
                    + " has the Basic phone profile, which does not include Office Anywhere.");
        }
        if (find(user).isPresent()) {
            throw new ConflictException(CommonError.IN_USE, "userId", user.displayName() + " already has Office Anywhere.");
        }
        features.requireCompatible(user, Feature.OFFICE_ANYWHERE);
        OfficeAnywhereUser anywhere = new OfficeAnywhereUser(user);
        em.persist(anywhere);
        em.flush();
        audit.record(user.getAccount(), "OfficeAnywhereUser", anywhere.getId(), "ASSIGN", null, java.util.Map.of("userId", userId));
        return anywhere;
    }

    /** Takes Office Anywhere away: the numbers go, are free for others, and stop ringing. */
    public void remove(long userId) {
        User user = tenancy.user(userId);
        // a number added at the same moment waits, then finds Office Anywhere gone; never a number left without it
        OfficeAnywhereUser anywhere = locked(user);
        for (AlternateNumber number : List.copyOf(anywhere.getNumbers())) {
            features.release(Feature.OFFICE_ANYWHERE, number.getId());
        }
        audit.record(user.getAccount(), "OfficeAnywhereUser", anywhere.getId(), "REMOVE", java.util.Map.of("userId", userId), null);
        em.remove(anywhere);
        em.flush();
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
    }

    /** The number's complaint and the other fields' at once, as for a change. */
    public AlternateNumber addNumber(long userId, NumberDetails details) {
        Complaints complaints = new Complaints();
        complaints.check(() -> validation.check(details));
        User user = complaints.require(() -> tenancy.user(userId));
        OfficeAnywhereUser anywhere = complaints.require(() -> locked(user)); // concurrent adds count one after another
        if (anywhere.getNumbers().size() >= OfficeAnywhereUser.MAX_NUMBERS) {
            complaints.refuse(new ConflictException(CommonError.INVALID_FIELD, "number", user.displayName() + " has "
                    + OfficeAnywhereUser.MAX_NUMBERS + " Office Anywhere numbers, the most a user may have; remove one first."));
        }
        String e164 = complaints.check("number",
                () -> features.requireFreeDestination(user, Feature.OFFICE_ANYWHERE, null, details.number(), "number"));
        complaints.throwIfAny();
        if (anywhere.getNumbers().stream().anyMatch(n -> n.getE164().equals(e164))) {
            throw new ConflictException(CommonError.INVALID_FIELD, "number", user.displayName() + " has this number already.");
        }
        AlternateNumber number = anywhere.add(e164, details.kind(), blankAsNull(details.description()), details.active());
        em.flush();
        features.claimDestination(user, Feature.OFFICE_ANYWHERE, number.getId(), e164, "number");
        audit.record(user.getAccount(), "AlternateNumber", number.getId(), "ADD", null, number.snapshot());
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        return number;
    }

    public AlternateNumber modifyNumber(long numberId, Long expectedVersion, NumberDetails details) {
        Complaints complaints = new Complaints();
        complaints.check(() -> validation.check(details));
        AlternateNumber number = complaints.require(() -> findNumber(numberId));
        complaints.require(() -> {
            StaleVersionException.check("Office Anywhere number " + numberId, expectedVersion, number.getVersion());
            return number;
        });
        User user = number.getOwner().getUser();
        String e164 = complaints.check("number",
                () -> features.requireFreeDestination(user, Feature.OFFICE_ANYWHERE, number.getId(), details.number(), "number"));
        complaints.throwIfAny();
        if (number.getOwner().getNumbers().stream().anyMatch(n -> n != number && n.getE164().equals(e164))) {
            throw new ConflictException(CommonError.INVALID_FIELD, "number", user.displayName() + " has this number already.");
        }
        var before = number.snapshot();
        boolean renumbered = !e164.equals(number.getE164());
        // an absent description stays, an explicit empty one clears it (the contract's rule for every field)
        number.change(e164, details.kind(),
                details.description() == null ? number.getDescription() : blankAsNull(details.description()), details.active());
        em.flush();
        if (renumbered) {
            features.claimDestination(user, Feature.OFFICE_ANYWHERE, number.getId(), e164, "number");
        }
        audit.record(user.getAccount(), "AlternateNumber", number.getId(), "MODIFY", before, number.snapshot());
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        return number;
    }

    public void removeNumber(long numberId, Long expectedVersion) {
        AlternateNumber number = findNumber(numberId);
        StaleVersionException.check("Office Anywhere number " + numberId, expectedVersion, number.getVersion());
        User user = number.getOwner().getUser();
        audit.record(user.getAccount(), "AlternateNumber", number.getId(), "REMOVE", number.snapshot(), null);
        features.release(Feature.OFFICE_ANYWHERE, number.getId());
        number.getOwner().remove(number);
        em.flush();
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
    }

    /** The user's Office Anywhere, if they have it. */
    public Optional<OfficeAnywhereUser> of(long userId) {
        return find(tenancy.user(userId));
    }

    /** The account's Office Anywhere users (of one site when {@code siteId} is given), by name. */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public List<OfficeAnywhereUser> list(long accountId, Long siteId) {
        return list(accountId, siteId, null).items();
    }

    /**
     * A page of {@link #list(long, Long)} in the same order, keyset on the last name, the first name and the user's
     * id; every one when {@code page} is null. The alternate numbers come in one more query for the page: fetched in
     * the same join, they would count as rows against the page's limit.
     */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public Page<OfficeAnywhereUser> list(long accountId, Long siteId, PageRequest page) {
        Where where = listed(accountId, siteId);
        if (page != null && !page.first()) {
            SortName after = SortName.of(page.afterKey());
            where.and("u.lastName > :afterLast or (u.lastName = :afterLast and (u.firstName > :afterFirst"
                    + " or (u.firstName = :afterFirst and u.id > :after)))",
                    Map.of("afterLast", after.last(), "afterFirst", after.first(), "after", page.afterId()));
        }
        var query = em.createQuery("select o from OfficeAnywhereUser o join fetch o.user u join fetch u.site"
                + " join fetch u.station s left join fetch s.phoneNumber" + where.jpql()
                + " order by u.lastName, u.firstName, u.id", OfficeAnywhereUser.class)
                .setHint("eclipselink.batch", "o.numbers").setHint("eclipselink.batch.type", "IN");
        return Page.window(where.bind(query), page, o -> SortName.key(o.getUser()), o -> o.getUser().getId());
    }

    /** How many Office Anywhere users {@link #list(long, Long)} lists. */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public long count(long accountId, Long siteId) {
        Where where = listed(accountId, siteId);
        return where.bind(em.createQuery("select count(o) from OfficeAnywhereUser o join o.user u" + where.jpql(), Long.class))
                .getSingleResult();
    }

    // the site's condition only when one is asked for: PostgreSQL cannot type a null parameter in "is null"
    private Where listed(long accountId, Long siteId) {
        Where where = new Where("o.account = :account", "account", tenancy.account(accountId));
        return siteId == null ? where : where.and("u.site.id = :site", "site", siteId);
    }

    /** The name a list sorts on, as one cursor key: the last name's length first, so no character of a name can split it. */
    private record SortName(String last, String first) {

        static String key(User user) {
            return user.getLastName().length() + ":" + user.getLastName() + user.getFirstName();
        }

        static SortName of(String key) {
            try {
                int colon = key.indexOf(':');
                int end = colon + 1 + Integer.parseInt(key.substring(0, colon));
                return new SortName(key.substring(colon + 1, end), key.substring(end));
            } catch (RuntimeException e) {
                throw KeysetCursor.notOurs();
            }
        }
    }

    /** The site's users of Essentials and above who do not have Office Anywhere, by name: whom an admin may assign it to. */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public List<User> candidates(long siteId) {
        var site = tenancy.site(siteId);
        return em.createQuery("select u from User u where u.site = :site and u.profileType <> :basic and not exists"
                        + " (select o from OfficeAnywhereUser o where o.user = u) order by u.lastName, u.firstName, u.id", User.class)
                .setParameter("site", site).setParameter("basic", ProfileType.BASIC).setMaxResults(500).getResultList();
    }

    private Optional<OfficeAnywhereUser> find(User user) {
        return em.createQuery("select o from OfficeAnywhereUser o where o.user = :user", OfficeAnywhereUser.class)
                .setParameter("user", user).getResultStream().findFirst();
    }

    private OfficeAnywhereUser require(User user) {
        return find(user).orElseThrow(() -> notAnywhereUser(user));
    }

    /** The user's Office Anywhere, held until the transaction ends, as it is once held. */
    private OfficeAnywhereUser locked(User user) {
        OfficeAnywhereUser anywhere = require(user);
        try {
            em.lock(anywhere, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(anywhere);
        } catch (EntityNotFoundException removedMeanwhile) { // taken away while this waited for it
            throw notAnywhereUser(user);
        }
        return anywhere;
    }

    private static ConflictException notAnywhereUser(User user) {
        return new ConflictException(AnywhereError.NOT_OFFICE_ANYWHERE_USER, "userId",
                user.displayName() + " does not have Office Anywhere; assign it first.");
    }

    private AlternateNumber findNumber(long numberId) {
        AlternateNumber number = em.find(AlternateNumber.class, numberId);
        if (number == null) {
            throw new NotFoundException("Office Anywhere number", numberId);
        }
        try {
            tenancy.user(number.getOwner().getUser().getId());
        } catch (NotFoundException elsewhere) {
            throw new NotFoundException("Office Anywhere number", numberId);
        }
        return number;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
