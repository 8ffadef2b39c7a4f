package org.onenumber.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jakarta.enterprise.event.Event;
import org.onenumber.account.control.DialPlan;
import org.onenumber.account.control.FeatureRules;
import org.onenumber.account.control.Directory;
import org.onenumber.account.control.UserLocks;
import org.onenumber.account.control.UserRemovalStarting;
import org.onenumber.account.control.UserRemoving;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.Site;
import org.onenumber.account.entity.Station;
import org.onenumber.account.entity.User;
import org.onenumber.account.entity.UserDetails;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.Complaints;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.KeysetCursor;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.Validation;
import org.onenumber.platform.control.Where;
import org.onenumber.security.control.Caller;
import org.onenumber.security.entity.Login;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.control.TargetChanged;

/**
 * Users of an account with their stations. Every check runs before anything changes, so a refused
 * request leaves the account as it was.
 */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class Users {

    private static final String FETCH = "select u from User u join fetch u.site join fetch u.station s"
            + " left join fetch s.phoneNumber n left join fetch s.deskPhone d";

    /**
     * EclipseLink leaves out the fetch joins nested under the station's alias in {@link #FETCH} (s.phoneNumber,
     * s.deskPhone) and then reads each user's number and desk phone with two queries of their own: a page of 50 was
     * 101 queries. Its own hint makes the same two outer joins, so a page is one query.
     */
    private static <T> TypedQuery<T> fetchingStation(TypedQuery<T> query) {
        return query.setHint("eclipselink.left-join-fetch", "u.station.phoneNumber")
                .setHint("eclipselink.left-join-fetch", "u.station.deskPhone");
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    FeatureRules featureRules;

    @Inject
    AccountScope tenancy;

    @Inject
    Directory directory;

    @Inject
    DialPlan dialPlan;

    @Inject
    Validation validation;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TargetChanged> targetChanged;

    @Inject
    Event<UserRemoving> userRemoving;

    @Inject
    Event<UserRemovalStarting> removalStarting;

    @Inject
    UserLocks userLocks;

    /** Also the CSV import's, which adds each of its rows here as the system caller of its job. */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER, Role.SYSTEM})
    public User add(long accountId, UserDetails details) {
        Account account = tenancy.account(accountId);
        Complaints complaints = new Complaints();
        complaints.check(() -> validation.check(details));
        Site site = complaints.check("siteId", () -> siteOf(account, details.siteId()));
        String extension = complaints.check("extension", () -> dialPlan.requireFree(account, details.extension(), "extension"));
        PhoneNumber number = complaints.check(() -> directory.businessNumber(account, details.businessNumber(), null));
        // a MAC that is sent is checked even when empty (INVALID_MAC), as the contract says
        String mac = details.hasDeskPhone() || details.deskPhoneMac() != null
                ? complaints.check(() -> directory.deskPhoneMac(details.deskPhoneMac(), null)) : null;
        complaints.check("email", () -> directory.ownEmail(account, details.email(), null));
        complaints.throwIfAny();

        User user = new User(account, site, details, extension);
        em.persist(user); // the sequence gives user and station their ids here; claim flushes both
        if (user.getStation().getId() == null) {
            em.flush();
        }
        dialPlan.claimNew(account, extension, "extension", DialPlan.Holder.station(user));
        Station station = user.getStation();
        station.assignNumber(number);
        if (mac != null) {
            station.useDeskPhone(deskPhoneModel(details), mac);
        }
        em.flush();
        audit.record(account, "User", user.getId(), "ADD", null, user.snapshot());
        targetChanged.fire(TargetChanged.made(user.getStation().switchTarget()));
        return user;
    }

    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER, Role.END_USER})
    public User get(long userId) {
        return tenancy.user(userId);
    }

    /**
     * The signed-in person as page headers name them: their user's first and last name; a login without a user
     * (support) by its display name; the username when neither is known.
     */
    @PermitAll
    public String signedInName() {
        Login login = caller.login();
        User user = login.getUserId() == null ? null : em.find(User.class, login.getUserId());
        if (user != null) {
            return user.displayName();
        }
        return login.getDisplayName() == null || login.getDisplayName().isBlank() ? login.getUsername() : login.getDisplayName();
    }

    /** Applies the given changes (null fields stay as they are) after checking the merged result. */
    public User modify(long userId, Long expectedVersion, UserDetails changes) {
        // concurrent changes of one user take turns: without an expected version each applies in full after the one
        // before (the last one wins, as for a sequential caller), instead of failing on the row's optimistic version;
        // the caller's tenant is checked before anything is locked, so no one holds another tenant's user waiting
        User user = tenancy.user(userId);
        userLocks.lock(user); // read afresh: it was read before the wait
        StaleVersionException.check("User " + userId, expectedVersion, user.getVersion());
        Station station = user.getStation();
        UserDetails merged = merge(user, changes);
        Complaints complaints = new Complaints();
        complaints.check(() -> validation.check(merged));
        if (merged.profileType() != user.getProfileType()) {
            complaints.check("profileType", () -> {
                featureRules.requireProfileAllows(user, merged.profileType());
                return null;
            });
        }
        Account account = user.getAccount();
        Site site = complaints.check("siteId", () -> siteOf(account, merged.siteId()));
        String extension = complaints.check("extension",
                () -> dialPlan.requireFree(account, merged.extension(), "extension", DialPlan.Holder.station(user)));
        PhoneNumber number = complaints.check(() -> directory.businessNumber(account, merged.businessNumber(), station));
        // a MAC that is sent is checked even when empty (INVALID_MAC): a desk phone goes only with RemoveDeskPhone
        String mac = merged.hasDeskPhone() || changes.deskPhoneMac() != null
                ? complaints.check(() -> directory.deskPhoneMac(merged.deskPhoneMac(), station)) : null;
        if (!user.getEmail().equalsIgnoreCase(String.valueOf(merged.email()).trim())) { // a kept address stays as it was
            complaints.check("email", () -> directory.ownEmail(account, merged.email(), user));
        }
        complaints.throwIfAny();

        var before = user.snapshot();
        user.apply(site, merged);
        station.changeExtension(extension);
        dialPlan.claim(account, extension, "extension", DialPlan.Holder.station(user));
        station.assignNumber(number);
        if (mac != null) {
            station.useDeskPhone(deskPhoneModel(merged), mac);
        }
        user.touch(); // the station's extension, number and desk phone are part of the user the API shows
        em.flush();
        audit.record(account, "User", user.getId(), "MODIFY", before, user.snapshot());
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        return user;
    }

    /**
     * Takes the desk phone off the user's station: the device goes, its MAC address is free for another station, the
     * switch forgets it. The user's version grows, as for any change of theirs.
     */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public User removeDeskPhone(long userId, Long expectedVersion) {
        User user = tenancy.user(userId);
        userLocks.lock(user);
        StaleVersionException.check("User " + userId, expectedVersion, user.getVersion());
        Station station = user.getStation();
        if (station.getDeskPhone() == null) {
            throw new BusinessException(CommonError.NOT_FOUND, "deskPhone", user.getFirstName() + " " + user.getLastName()
                    + " has no desk phone.");
        }
        var before = user.snapshot();
        station.removeDeskPhone();
        em.lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(user.getAccount(), "User", user.getId(), "REMOVE_DESK_PHONE", before, user.snapshot());
        targetChanged.fire(new TargetChanged(station.switchTarget()));
        return user;
    }

    /**
     * Gives a number back to its account's free numbers: a user's business number is released from their station
     * (they keep the extension, the switch is told); a free number stays free; a portal's number is refused.
     */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT})
    public PhoneNumber releaseNumber(String input, Long expectedVersion) {
        String e164 = NumberFormat.toE164(input, "number");
        PhoneNumber number = em.createQuery("select n from PhoneNumber n where n.e164 = :e164", PhoneNumber.class)
                .setParameter("e164", e164).getResultStream().findFirst()
                .filter(n -> n.getAccount().carrierId() == tenancy.carrierId())
                .orElseThrow(() -> new BusinessException(CommonError.NOT_FOUND, "number",
                        NumberFormat.display(e164) + " is not in any of your accounts' number inventories."));
        tenancy.account(number.getAccount().getId());
        if (number.getStatus() == PhoneNumber.Status.FREE) {
            return number;
        }
        if (number.getUse() == PhoneNumber.Use.PORTAL) {
            throw new ConflictException(CommonError.IN_USE, "number", NumberFormat.display(e164)
                    + " is an Office Anywhere portal's number: give the portal another number or delete it first.");
        }
        if (number.getStation() == null) {
            throw new ConflictException(CommonError.IN_USE, "number", NumberFormat.display(e164)
                    + " is the account's Mobility access number: give the add-on another one first.");
        }
        User holder = number.getStation().getUser();
        userLocks.lock(holder.getId());
        User user = tenancy.user(holder.getId());
        StaleVersionException.check("User " + user.getId(), expectedVersion, user.getVersion());
        PhoneNumber held = user.getStation().getPhoneNumber();
        if (held == null || !held.getE164().equals(e164)) { // changed hands while this waited for the user's lock
            throw new ConflictException(CommonError.STALE_VERSION, "number", NumberFormat.display(e164)
                    + " changed while it was being released; read it again.");
        }
        var before = user.snapshot();
        user.getStation().releaseNumber();
        em.lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(user.getAccount(), "User", user.getId(), "RELEASE_NUMBER", before, user.snapshot());
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        return number;
    }

    public void delete(long userId, Long expectedVersion) {
        // what comes before a user's row in every change's order (the account's license pool) first, then the user's
        // row: a concurrent delete of the same user commits before this one reads on, and this one then finds the user
        // gone (NOT_FOUND, as a sequential caller would) instead of a user without a station
        User user = tenancy.user(userId);
        removalStarting.fire(new UserRemovalStarting(user.getAccount()));
        userLocks.lock(user); // read afresh: it was read before the wait
        StaleVersionException.check("User " + userId, expectedVersion, user.getVersion());
        requireMayRemove(user);
        audit.record(user.getAccount(), "User", user.getId(), "DELETE", user.snapshot(), null);
        userRemoving.fire(new UserRemoving(user));
        featureRules.releaseAll(user); // every destination number the user's features held is free for others
        // after the capabilities let go of them (the Mobile App rings one)
        em.createQuery("delete from UserNumber n where n.user = :user").setParameter("user", user).executeUpdate();
        dialPlan.release(DialPlan.Holder.station(user));
        var station = user.getStation().switchTarget();
        user.getStation().releaseNumber();
        em.createQuery("delete from Login l where l.userId = :user").setParameter("user", user.getId()).executeUpdate();
        em.remove(user);
        em.flush();
        targetChanged.fire(new TargetChanged(station));
    }

    /**
     * Deleting a user deletes their login: a Phone Manager may not remove a Decision Maker (who appoints them), and
     * no admin removes their own user, and with it the login they are signed in with.
     */
    private void requireMayRemove(User user) {
        List<Login> logins = em.createQuery("select l from Login l where l.userId = :user", Login.class)
                .setParameter("user", user.getId()).getResultList();
        Login me = caller.login();
        for (Login login : logins) {
            if (login.getUsername().equals(me.getUsername())) {
                throw new BusinessException(CommonError.NOT_PERMITTED, "userId",
                        "You cannot delete your own user; ask another admin of the account.");
            }
            if (login.hasRole(Role.DECISION_MAKER) && !me.hasRole(Role.DECISION_MAKER) && me.hasRole(Role.PHONE_MANAGER)) {
                throw new BusinessException(CommonError.NOT_PERMITTED, "userId",
                        "A Phone Manager cannot delete a Decision Maker; ask a Decision Maker of the account.");
            }
        }
    }

    /** Keyset pages for SOAP clients walking an account. */
    public Page<User> list(long accountId, Long siteId, String nameContains, PageRequest page) {
        Where where = listed(accountId, siteId, nameContains).and("u.id > :after", "after", page.afterId());
        TypedQuery<User> query = fetchingStation(em.createQuery(FETCH + where.jpql() + " order by u.id", User.class));
        return Page.of(where.bind(query).setMaxResults(page.size() + 1).getResultList(), page, User::getId);
    }

    /** How many users {@link #list} finds over all its pages. */
    public long countListed(long accountId, Long siteId, String nameContains) {
        Where where = listed(accountId, siteId, nameContains);
        return where.bind(em.createQuery("select count(u) from User u" + where.jpql(), Long.class)).getSingleResult();
    }

    private Where listed(long accountId, Long siteId, String nameContains) {
        Where where = new Where("u.account = :account", "account", tenancy.account(accountId));
        if (siteId != null) {
            where.and("u.site.id = :site", "site", siteId);
        }
        if (Where.present(nameContains)) {
            where.and(Where.like("u.searchName", "name"), "name", Where.containing(nameContains));
        }
        return where;
    }

    /**
     * The users a back office looks for, a keyset page at a time in the order asked for; the cursor is bound to the
     * search. Stations, numbers and desk phones come in the same query as the users. The total, when asked for,
     * counts every page.
     */
    public UserSearch.Result find(UserSearch search, String cursor, int size, boolean includeTotal) {
        KeysetCursor after = KeysetCursor.decode(cursor, search.fingerprint());
        Account account = search.accountId() == null ? null : tenancy.account(search.accountId());
        String key = sortKey(search.sort());
        String order = search.descending() ? " desc" : " asc";
        String orderBy = " order by " + key + order + ", u.id" + order;
        List<Where> parts = new ArrayList<>();
        for (String name : nameConditions(search)) {
            Where where = criteria(search, account, name);
            if (after != null) {
                keyset(where, search, key, after);
            }
            parts.add(where);
        }
        List<User> fetched;
        if (parts.size() == 1) {
            // the account too: a search across accounts would otherwise load each account of the page on its own
            fetched = parts.get(0).bind(fetchingStation(em.createQuery(FETCH + " join fetch u.account"
                    + parts.get(0).jpql() + orderBy, User.class))).setMaxResults(size + 1).getResultList();
        } else {
            // the page of each part, by its own index; the page of both is within them, in the database's order
            List<Long> candidates = new ArrayList<>();
            for (Where part : parts) {
                candidates.addAll(part.bind(em.createQuery(from("u.id", search, true) + part.jpql()
                        + orderBy, Long.class)).setMaxResults(size + 1).getResultList());
            }
            fetched = candidates.isEmpty() ? List.of() : fetchingStation(em.createQuery(FETCH + " join fetch u.account"
                    + " where u.id in :candidates" + orderBy, User.class)).setParameter("candidates", candidates)
                    .setMaxResults(size + 1).getResultList();
        }
        List<User> users = fetched.size() > size ? fetched.subList(0, size) : fetched;
        String next = null;
        if (fetched.size() > size) {
            User last = users.get(users.size() - 1);
            next = new KeysetCursor(sortValue(search.sort(), last), last.getId()).encode(search.fingerprint());
        }
        Long total = null;
        if (includeTotal) {
            total = 0L;
            for (String name : nameConditions(search)) {
                Where all = criteria(search, account, name);
                total += all.bind(em.createQuery(from("count(u)", search, false) + all.jpql(), Long.class))
                        .getSingleResult();
            }
        }
        return new UserSearch.Result(List.copyOf(users), next, total);
    }

    /** The rows after the cursor's in the search's order. */
    private static void keyset(Where where, UserSearch search, String key, KeysetCursor after) {
        String direction = search.descending() ? " < " : " > ";
        Object value;
        try {
            // a search's cursor always has a key; one without, or with a time that is none, was built by hand
            value = search.sort() == UserSearch.Sort.CREATED ? Instant.parse(after.sortKey())
                    : Objects.requireNonNull(after.sortKey());
        } catch (java.time.DateTimeException | NullPointerException e) {
            throw KeysetCursor.notOurs();
        }
        // the first condition says no more than the rest; it is there because a database starts an index walk
        // at a bound but not at an "or", so without it every later page read the search's rows from the first
        where.and(key + (search.descending() ? " <= " : " >= ") + ":afterKey and (" + key + direction + ":afterKey or ("
                + key + " = :afterKey and u.id" + direction + ":afterId))", Map.of("afterKey", value, "afterId", after.id()));
    }

    /**
     * The name prefix's two disjoint parts, a prefix of the whole name ("first last") and one of the last name only:
     * each is a range of its own index, while an "or" of the two columns made H2 read every user of the account (338
     * ms for 100,000 users, against 6 for the parts). Without a name prefix, one part with no condition of its own.
     */
    private static List<String> nameConditions(UserSearch search) {
        if (search.namePrefix() == null) {
            return Collections.singletonList(null);
        }
        return List.of(Where.like("u.searchName", "prefix"),
                Where.like("u.searchLastName", "prefix") + " and not (" + Where.like("u.searchName", "prefix") + ")");
    }

    /** {@link #from(String, boolean, boolean, boolean)} with the joins the search's filters read, and its sort's. */
    private static String from(String select, UserSearch search, boolean sorted) {
        boolean number = search.number() != null || sorted && search.sort() == UserSearch.Sort.NUMBER;
        boolean deskPhone = search.macAddress() != null;
        boolean station = number || deskPhone || search.extension() != null
                || sorted && search.sort() == UserSearch.Sort.EXTENSION;
        return from(select, station, number, deskPhone);
    }

    /**
     * The start of a query of users, joining the station (s), its number (n) and desk phone (d) only when a filter
     * reads them: every user has exactly one station, so the joins never change the count, and without a filter on
     * them PostgreSQL answered the join by hashing every station of the database.
     */
    private static String from(String select, boolean station, boolean number, boolean deskPhone) {
        return "select " + select + " from User u" + (station ? " join u.station s" : "")
                + (number ? " left join s.phoneNumber n" : "") + (deskPhone ? " left join s.deskPhone d" : "");
    }

    /**
     * The search's criteria over u (user), s (station), n (number) and d (desk phone), inside the caller's tenant,
     * with one of {@link #nameConditions}.
     */
    private Where criteria(UserSearch search, Account account, String nameCondition) {
        Where where = account == null ? tenancy.users() : new Where("u.account = :account", "account", account);
        if (search.number() != null) {
            where.and("n.e164 = :number", "number", search.number());
        }
        if (search.extension() != null) {
            where.and("s.extension = :extension", "extension", search.extension());
        }
        if (search.email() != null) {
            where.and("u.searchEmail = :email", "email", search.email());
        }
        if (search.macAddress() != null) {
            where.and("d.macAddress = :mac", "mac", search.macAddress());
        }
        if (nameCondition != null) {
            where.and(nameCondition, "prefix", Where.startingWith(search.namePrefix()));
        }
        return where;
    }

    /** The expression a search sorts on; users without a number sort as the empty number. */
    private static String sortKey(UserSearch.Sort sort) {
        return switch (sort) {
            case NAME -> "u.searchName";
            case EXTENSION -> "s.extension";
            case NUMBER -> "coalesce(n.e164, '')";
            case CREATED -> "u.createdAt";
        };
    }

    /** The user's value of {@link #sortKey}, as a cursor carries it. */
    private static String sortValue(UserSearch.Sort sort, User user) {
        Station station = user.getStation();
        return switch (sort) {
            case NAME -> user.getSearchName();
            case EXTENSION -> station.getExtension();
            case NUMBER -> station.getPhoneNumber() == null ? "" : station.getPhoneNumber().getE164();
            case CREATED -> user.getCreatedAt().toString();
        };
    }

    /** A window of the users table, filtered and sorted in the database. */
    public List<User> search(UserQuery q) {
        var where = where(q);
        String order = switch (q.sortField() == null ? "" : q.sortField()) {
            case "extension" -> "s.extension";
            case "businessNumber" -> "n.e164";
            case "email" -> "u.email";
            case "site" -> "u.site.name";
            case "profileType" -> "u.profileType";
            default -> "u.searchName";
        };
        TypedQuery<User> query = em.createQuery("select u from User u join u.station s left join s.phoneNumber n"
                + where.jpql() + " order by " + order + (q.ascending() ? " asc" : " desc") + ", u.id", User.class);
        where.bind(query);
        List<User> page = query.setFirstResult(q.first()).setMaxResults(q.max()).getResultList();
        if (!page.isEmpty()) {
            // one query for the stations, numbers, phones and sites of the page, not one per row;
            // by id, because EclipseLink binds a list of entities as serialized objects, which fails
            fetchingStation(em.createQuery(FETCH + " where u.id in :page", User.class))
                    .setParameter("page", page.stream().map(User::getId).toList()).getResultList();
        }
        return page;
    }

    public long count(UserQuery q) {
        var where = where(q);
        boolean number = Where.present(q.number());
        TypedQuery<Long> query = em.createQuery(from("count(u)", number || Where.present(q.extension()), number, false)
                + where.jpql(), Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    private Where where(UserQuery q) {
        Where where = new Where("u.account = :account", "account", tenancy.account(q.accountId()));
        if (q.siteId() != null) {
            where.and("u.site.id = :site", "site", q.siteId());
        }
        if (Where.present(q.name())) {
            where.and(Where.like("u.searchName", "name"), "name", Where.containing(q.name()));
        }
        if (Where.present(q.extension())) {
            where.and(Where.like("s.extension", "extension"), "extension", Where.startingWith(q.extension()));
        }
        if (Where.present(q.number())) {
            where.and("n.e164 like :number", "number", Where.digitsContaining(q.number()));
        }
        if (Where.present(q.email())) {
            where.and(Where.like("u.searchEmail", "email"), "email", Where.containing(q.email()));
        }
        return where;
    }

    private Site siteOf(Account account, long siteId) {
        Site site = em.find(Site.class, siteId);
        if (site == null || !site.getAccount().getId().equals(account.getId())) {
            throw new InvalidInputException("siteId", "Site " + siteId + " is not a site of this account.");
        }
        return site;
    }

    private static String deskPhoneModel(UserDetails details) {
        return details.deskPhoneModel() == null || details.deskPhoneModel().isBlank() ? "Generic SIP" : details.deskPhoneModel().trim();
    }

    private static UserDetails merge(User user, UserDetails changes) {
        Station station = user.getStation();
        return new UserDetails(
                changes.siteId() == null ? user.getSite().getId() : changes.siteId(),
                changes.firstName() == null ? user.getFirstName() : changes.firstName(),
                changes.lastName() == null ? user.getLastName() : changes.lastName(),
                changes.email() == null ? user.getEmail() : changes.email(),
                changes.businessNumber() == null
                        ? (station.getPhoneNumber() == null ? null : station.getPhoneNumber().getE164())
                        : changes.businessNumber(),
                changes.extension() == null ? station.getExtension() : changes.extension(),
                changes.profileType() == null ? user.getProfileType() : changes.profileType(),
                changes.deskPhoneModel() == null
                        ? (station.getDeskPhone() == null ? null : station.getDeskPhone().getModel())
                        : changes.deskPhoneModel(),
                changes.deskPhoneMac() == null
                        ? (station.getDeskPhone() == null ? null : station.getDeskPhone().getMacAddress())
                        : changes.deskPhoneMac());
    }
}
