package org.onenumber.mobility.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onenumber.account.control.UserLocks;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.control.DialPlan;
import org.onenumber.account.control.FeatureRules;
import org.onenumber.account.entity.Feature;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.User;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.license.boundary.Licenses;
import org.onenumber.license.entity.LicenseError;
import org.onenumber.mobility.control.MobileAppRemoval;
import org.onenumber.mobility.control.MobilityEmails;
import org.onenumber.mobility.control.MobilityProgress;
import org.onenumber.mobility.control.MobilityRules;
import org.onenumber.mobility.entity.MobilityError;
import org.onenumber.mobility.entity.MobilityService;
import org.onenumber.mobility.entity.MobilityUser;
import org.onenumber.mobility.entity.MobilityUserStatus;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.platform.control.Where;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.control.TargetChanged;

/**
 * Mobility users: enabling gives the user a mobility extension and, unless their station has one already,
 * shares a mobile client license to it; disabling frees the licenses and takes the client off the switch.
 * A request for several users is all or nothing.
 */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class MobilityUsers {

    /** Users with Mobility or a shared client; {@code m} is null for a user who only holds a client. */
    private static final String HOLDERS = " from User u join u.station s left join s.phoneNumber n"
            + " left join MobilityUser m on m.user = u";

    private static final String FETCH = "select m from MobilityUser m join fetch m.user u join fetch u.site"
            + " join fetch u.station s left join fetch s.phoneNumber";

    @PersistenceContext
    EntityManager em;

    @Inject
    UserLocks userLocks;

    @Inject
    AccountScope tenancy;

    @Inject
    DialPlan dialPlan;

    @Inject
    FeatureRules featureRules;

    @Inject
    MobilityRules rules;

    @Inject
    MobilityEmails emails;

    @Inject
    MobileAppRemoval mobileApps;

    @Inject
    Licenses licenses;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TargetChanged> targetChanged;

    public MobilityUser enable(long userId, String mobilityExtension, Boolean video) {
        return enableOne(new Enablement(userId, mobilityExtension, video), null);
    }

    /**
     * The Add users wizard: enables every user or none. When the account has fewer available licenses than
     * the users need, the admin's confirmation of exactly that many licenses buys them; a request that confirmed
     * another number (the pool changed since the question was asked) is refused and buys nothing.
     */
    public List<MobilityUser> addUsers(long accountId, List<Enablement> users, int confirmedPurchase) {
        Account account = tenancy.account(accountId);
        if (users.isEmpty()) {
            throw new InvalidInputException("users", "Select at least one user.");
        }
        // the pool's lock (purchases take turns), then the available licenses these users need, so that shares running
        // beside the wizard cannot take what it counted: it buys only what it could not reserve
        licenses.open(accountId);
        int needed = withoutClient(users.stream().map(Enablement::userId).toList());
        int shortfall = needed - licenses.reserve(accountId, needed);
        if (shortfall > 0) {
            if (shortfall != confirmedPurchase) {
                throw new BusinessException(LicenseError.LICENSE_QUOTA_EXCEEDED, "purchaseConfirmed", "These users need "
                        + shortfall + " more mobile client license" + (shortfall == 1 ? "" : "s") + " than "
                        + account.getName() + " has available" + (confirmedPurchase > 0 ? ", not the " + confirmedPurchase
                        + " confirmed: the licenses changed meanwhile. Go back and on to the Summary, and confirm again."
                        : ". Confirm the purchase to add them."));
            }
            licenses.purchase(accountId, shortfall);
        }
        List<MobilityUser> enabled = new ArrayList<>();
        for (Enablement user : users) {
            enabled.add(enableOne(user, accountId));
        }
        return enabled;
    }

    /**
     * What the Add users wizard's Settings step must hear before its Summary offers a purchase: for each user whose
     * mobility extension would be refused, why, naming who holds it, whether another extension of the account or
     * another user of the same list. Writes nothing.
     */
    public Map<Long, String> extensionProblems(long accountId, List<Enablement> users) {
        Account account = tenancy.account(accountId);
        Map<Long, String> problems = new java.util.LinkedHashMap<>();
        Map<String, Long> planned = new HashMap<>();
        for (Enablement request : users) {
            User user = tenancy.user(request.userId());
            if (!account.getId().equals(user.getAccount().getId())) {
                throw new NotFoundException("User", request.userId());
            }
            try {
                String extension = dialPlan.requireFree(account, request.mobilityExtension(), "mobilityExtension",
                        DialPlan.Holder.mobilityUser(user));
                Long earlier = planned.putIfAbsent(extension, user.getId());
                if (earlier != null) {
                    problems.put(user.getId(), "Extension " + extension + " is also given to "
                            + tenancy.user(earlier).displayName() + " in this list.");
                }
            } catch (BusinessException e) {
                problems.put(user.getId(), e.getMessage());
            }
        }
        return problems;
    }

    /**
     * How many licenses enabling these users would have to buy (none if enough are available); a user whose station
     * holds a shared client already needs none.
     */
    public int licensesToBuy(long accountId, List<Long> userIds) {
        return licenses.pool(accountId).shortfall(withoutClient(userIds));
    }

    /** How many of the users hold no shared client: each gets one, and its welcome email, when enabled. */
    public int withoutClient(List<Long> userIds) {
        List<User> users = userIds.stream().map(tenancy::user).toList();
        Map<Long, List<String>> clients = licenses.clientsOf(users);
        return (int) users.stream().filter(u -> !clients.containsKey(u.getId())).count();
    }

    private MobilityUser enableOne(Enablement request, Long expectedAccountId) {
        User user = tenancy.user(request.userId());
        Account account = user.getAccount();
        if (expectedAccountId != null && !expectedAccountId.equals(account.getId())) {
            throw new NotFoundException("User", request.userId());
        }
        MobilityService service = rules.requireUsersAllowed(account);
        rules.requireEligible(user);
        // the user's row (no pool: the share below locks only the license it takes, so the enablements of one account
        // run side by side): a concurrent enablement of the same user waits here and then finds its Mobility (IN_USE),
        // instead of finding none, then the extension it claimed (DUPLICATE_EXTENSION)
        featureRules.requireCompatible(user, Feature.MOBILITY);
        if (find(user) != null) {
            throw new ConflictException(CommonError.IN_USE, "userId", user.displayName() + " already has Mobility.");
        }
        String extension = dialPlan.requireFree(account, request.mobilityExtension(), "mobilityExtension",
                DialPlan.Holder.mobilityUser(user));
        MobilityUser mobilityUser = new MobilityUser(user, extension,
                request.video() == null ? service.isDefaultVideo() : request.video());
        boolean provisions = service.getRouter() != null;
        if (provisions) {
            // queued below, in this transaction: marked before the insert, which writes it, instead of an update after
            mobilityUser.provisioningEmailSent();
        }
        em.persist(mobilityUser);
        dialPlan.claimChecked(account, extension, "mobilityExtension", DialPlan.Holder.mobilityUser(user));
        audit.record(account, "MobilityUser", mobilityUser.getId(), "ENABLE", null, mobilityUser.snapshot());
        if (licenses.sharedTo(user).isEmpty()) {
            licenses.share(user.getId(), null);
        } else {
            targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        }
        if (provisions) { // after the share, so that the welcome email the share sends goes first
            emails.provisioning(mobilityUser, service);
        }
        return mobilityUser;
    }

    /** Update Mobility: the mobility extension and video; null leaves a setting as it is. */
    public MobilityUser update(long userId, String mobilityExtension, Boolean video) {
        return update(userId, null, mobilityExtension, video);
    }

    /** As {@link #update(long, String, Boolean)}, refused (STALE_VERSION) unless the mobility user is at that version. */
    public MobilityUser update(long userId, Long expectedVersion, String mobilityExtension, Boolean video) {
        MobilityUser mobilityUser = require(userId);
        StaleVersionException.check("Mobility user " + userId, expectedVersion, mobilityUser.getVersion());
        User user = mobilityUser.getUser();
        String extension = mobilityExtension == null ? null
                : dialPlan.requireFree(user.getAccount(), mobilityExtension, "mobilityExtension", DialPlan.Holder.mobilityUser(user));
        var before = mobilityUser.snapshot();
        mobilityUser.update(extension, video);
        if (extension != null) {
            dialPlan.claim(user.getAccount(), extension, "mobilityExtension", DialPlan.Holder.mobilityUser(user));
        }
        em.flush();
        audit.record(user.getAccount(), "MobilityUser", mobilityUser.getId(), "UPDATE", before, mobilityUser.snapshot());
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        return mobilityUser;
    }

    /**
     * Disable Mobility: frees the user's licenses and removes their client from the switch; refused (STALE_VERSION)
     * when {@code expectedVersion} is given and the mobility user is no longer at it.
     */
    public void disable(long userId, Long expectedVersion) {
        MobilityUser mobilityUser = require(userId);
        StaleVersionException.check("Mobility user " + userId, expectedVersion, mobilityUser.getVersion());
        User user = mobilityUser.getUser();
        // the pool (unshares take turns there), then the user's row, before the rows this removes; a share or an
        // enablement of the user waits for the user's row, never for the pool
        licenses.open(user.getAccount().getId());
        userLocks.lock(user);
        audit.record(user.getAccount(), "MobilityUser", mobilityUser.getId(), "DISABLE", mobilityUser.snapshot(), null);
        mobileApps.remove(user);
        em.remove(mobilityUser);
        dialPlan.release(DialPlan.Holder.mobilityUser(user));
        em.flush();
        licenses.unshareAll(user);
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
    }

    /** Sends the provisioning email again, to the business email address of the user. */
    public MobilityUser sendProvisioningEmail(long userId) {
        MobilityUser mobilityUser = require(userId);
        MobilityService service = rules.service(mobilityUser.getAccount()).orElseThrow();
        if (service.getRouter() == null) {
            throw new BusinessException(MobilityError.MOBILITY_NOT_ACTIVE, null, "The app can be set up once support has"
                    + " completed Mobility activation and assigned a mobility router.");
        }
        emails.provisioning(mobilityUser, service);
        mobilityUser.provisioningEmailSent();
        audit.record(mobilityUser.getAccount(), "MobilityUser", mobilityUser.getId(), "SEND_PROVISIONING_EMAIL", null,
                Map.of("to", mobilityUser.getUser().getEmail()));
        return mobilityUser;
    }

    public MobilityUser get(long userId) {
        return require(userId);
    }

    /** Null when the user does not have Mobility. */
    public MobilityUser find(long userId) {
        return find(tenancy.user(userId));
    }

    /** The account's mobility users by whether their provisioning email went out, counted in one query. */
    public MobilityUserCounts provisioningCounts(long accountId) {
        Account account = tenancy.account(accountId);
        Object[] row = em.createQuery("select count(m), count(m.provisioningEmailSentAt) from MobilityUser m"
                + " where m.account = :account", Object[].class).setParameter("account", account).getSingleResult();
        return new MobilityUserCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Keyset pages for SOAP clients: the account's mobility users, only those of a status when one is given. */
    public Page<MobilityUser> list(long accountId, MobilityUserStatus status, PageRequest page) {
        Account account = tenancy.account(accountId);
        return Page.of(em.createQuery(FETCH + " where m.account = :account and m.id > :after" + having(status)
                        + " order by m.id", MobilityUser.class)
                .setParameter("account", account).setParameter("after", page.afterId())
                .setMaxResults(page.size() + 1).getResultList(), page, MobilityUser::getId);
    }

    /** How many mobility users {@link #list} finds in all its pages. */
    public long count(long accountId, MobilityUserStatus status) {
        return em.createQuery("select count(m) from MobilityUser m where m.account = :account" + having(status), Long.class)
                .setParameter("account", tenancy.account(accountId)).getSingleResult();
    }

    /** Each mobility user's status, read for all of them in one query. */
    public Map<Long, MobilityUserStatus> statuses(List<MobilityUser> mobilityUsers) {
        if (mobilityUsers.isEmpty()) {
            return Map.of();
        }
        List<Long> withApp = em.createQuery("select a.user.id from MobileAppSettings a where a.user.id in :ids", Long.class)
                .setParameter("ids", mobilityUsers.stream().map(m -> m.getUser().getId()).toList()).getResultList();
        Map<Long, MobilityUserStatus> statuses = new HashMap<>();
        for (MobilityUser m : mobilityUsers) {
            statuses.put(m.getUser().getId(), m.getProvisioningEmailSentAt() == null ? MobilityUserStatus.EMAIL_NOT_SENT
                    : withApp.contains(m.getUser().getId()) ? MobilityUserStatus.READY : MobilityUserStatus.APP_NOT_SET_UP);
        }
        return statuses;
    }

    /** The condition on {@code m} for a status, as {@link #statuses} decides it; empty for all. */
    private static String having(MobilityUserStatus status) {
        String withApp = "exists (select a from MobileAppSettings a where a.user = m.user)";
        if (status == null) {
            return "";
        }
        return switch (status) {
            case EMAIL_NOT_SENT -> " and m.provisioningEmailSentAt is null";
            case APP_NOT_SET_UP -> " and m.provisioningEmailSentAt is not null and not " + withApp;
            case READY -> " and m.provisioningEmailSentAt is not null and " + withApp;
        };
    }

    /**
     * A page of the Mobility users table: every user of the account who holds a shared mobile client or has Mobility
     * (one story: a client shared on Devices is a user on the way to Mobility), each with their clients and what
     * remains to do, read for the whole page in a few queries.
     */
    public List<MobilityUserLine> lines(MobilityUserQuery q) {
        Where where = where(q);
        String order = switch (q.sortField() == null ? "" : q.sortField()) {
            case "number" -> "n.e164";
            case "extension" -> "s.extension";
            case "mobilityExtension" -> "m.mobilityExtension";
            case "site" -> "u.site.name";
            case "video" -> "m.video";
            case "enabledAt" -> "m.enabledAt";
            default -> "u.searchName";
        };
        String direction = q.ascending() ? " asc" : " desc";
        // "To do" sorts by how far along the way to ready a user is: not enabled, email not sent, app not on, ready
        TypedQuery<Object[]> query = "remaining".equals(q.sortField())
                ? em.createQuery("select u, m, case when m.id is null then 0 when m.provisioningEmailSentAt is null then 1"
                        + " when a.id is null then 2 else 3 end as stage" + HOLDERS + " left join MobileAppSettings a on a.user = u"
                        + where.jpql() + " order by stage" + direction + ", u.searchName, u.id", Object[].class)
                : em.createQuery("select u, m" + HOLDERS + where.jpql() + " order by " + order + direction + ", u.id",
                        Object[].class);
        where.bind(query);
        List<Object[]> page = query.setFirstResult(q.first()).setMaxResults(q.max()).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        List<User> users = page.stream().map(row -> (User) row[0]).toList();
        List<Long> ids = users.stream().map(User::getId).toList();
        // the stations, numbers and sites of the page in one query, not one per row
        em.createQuery("select u from User u join fetch u.site join fetch u.station s left join fetch s.phoneNumber"
                + " where u.id in :ids", User.class).setParameter("ids", ids).getResultList();
        Map<Long, List<String>> clients = licenses.clientsOf(users);
        List<Long> withApp = em.createQuery("select a.user.id from MobileAppSettings a where a.user.id in :ids", Long.class)
                .setParameter("ids", ids).getResultList();
        MobilityService service = rules.service(tenancy.account(q.accountId()))
                .orElseGet(() -> new MobilityService(tenancy.account(q.accountId())));
        return page.stream().map(row -> {
            User user = (User) row[0];
            MobilityUser mobilityUser = (MobilityUser) row[1];
            return new MobilityUserLine(user, mobilityUser, clients.getOrDefault(user.getId(), List.of()),
                    MobilityProgress.remaining(service, user, mobilityUser, withApp.contains(user.getId()),
                            rules.eligible(user), featureRules.excluding(user, Feature.MOBILITY).map(Feature::title)));
        }).toList();
    }

    public long count(MobilityUserQuery q) {
        Where where = where(q);
        TypedQuery<Long> query = em.createQuery("select count(u)" + HOLDERS + where.jpql(), Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    /**
     * The users the share search on Devices finds by name, number or extension, each with why a client cannot be
     * shared to them (null when it can): the same rules a share obeys, so nobody is left out without a word.
     */
    public List<ShareCandidate> shareCandidates(long accountId, String search, int max) {
        Account account = tenancy.account(accountId);
        StringBuilder jpql = new StringBuilder("select u from User u join fetch u.station s left join fetch s.phoneNumber n"
                + " where u.account = :account");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("account", account);
        searchTerms(search, jpql, parameters);
        TypedQuery<User> query = em.createQuery(jpql.append(" order by u.searchName, u.id").toString(), User.class);
        parameters.forEach(query::setParameter);
        List<User> users = query.setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
        Map<Long, List<String>> clients = licenses.clientsOf(users);
        int perUser = rules.maxClientsPerUser(account);
        return users.stream().map(user -> {
            List<String> held = clients.getOrDefault(user.getId(), List.of());
            String why = null;
            if (!rules.eligible(user)) {
                why = "has the " + MobilityRules.title(user.getProfileType().name())
                        + " phone profile, which does not include mobility";
            } else if (held.size() >= perUser) {
                why = "already holds " + String.join(", ", held) + " (" + perUser + " mobile client"
                        + (perUser == 1 ? "" : "s") + " per user)";
            } else {
                why = featureRules.excluding(user, Feature.MOBILITY)
                        .map(f -> "is an " + f.title() + " user: Mobility or " + f.title() + ", not both").orElse(null);
            }
            return new ShareCandidate(user, why);
        }).toList();
    }

    /**
     * Users the wizard offers: eligible by phone profile, without Mobility yet, found by name, number or
     * extension.
     */
    public List<User> inactiveEligible(long accountId, String search, int max) {
        Account account = tenancy.account(accountId);
        StringBuilder jpql = new StringBuilder("select u from User u join fetch u.station s left join fetch s.phoneNumber n"
                + " where u.account = :account and u.profileType in :profiles"
                + " and not exists (select m from MobilityUser m where m.user = u)");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("account", account);
        parameters.put("profiles", List.copyOf(account.getCarrier().mobilityProfiles()));
        searchTerms(search, jpql, parameters);
        TypedQuery<User> query = em.createQuery(jpql.append(" order by u.searchName, u.id").toString(), User.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(Math.max(1, Math.min(max, 200))).getResultList();
    }

    /** Name, number or extension, as the wizard's and the share's search boxes take them. */
    private static void searchTerms(String search, StringBuilder jpql, Map<String, Object> parameters) {
        if (Where.present(search)) {
            jpql.append(" and (" + Where.like("u.searchName", "name") + " or n.e164 like :number or "
                    + Where.like("s.extension", "extension") + ")");
            parameters.put("name", Where.containing(search));
            String digits = search.replaceAll("\\D", "");
            parameters.put("number", digits.isEmpty() ? "-" : "%" + digits + "%");
            parameters.put("extension", Where.startingWith(search));
        }
    }

    private Where where(MobilityUserQuery q) {
        Where where = new Where("u.account = :account and (m.id is not null or exists (select l from ClientLicense l"
                + " where l.station = s))", "account", tenancy.account(q.accountId()));
        if (q.siteId() != null) {
            where.and("u.site.id = :site", "site", q.siteId());
        }
        if (Where.present(q.name())) {
            where.and(Where.like("u.searchName", "name"), "name", Where.containing(q.name()));
        }
        if (Where.present(q.number())) {
            where.and("n.e164 like :number", "number", Where.digitsContaining(q.number()));
        }
        if (Where.present(q.extension())) {
            where.and(Where.like("s.extension", "extension") + " or " + Where.like("m.mobilityExtension", "extension"),
                    "extension", Where.startingWith(q.extension()));
        }
        if (Where.present(q.multipleValues())) {
            // any of the values may match any of the columns
            List<String> terms = List.of(q.multipleValues().trim().toLowerCase(Locale.ROOT).split("[,;\\s]+"));
            List<String> any = new ArrayList<>();
            Map<String, Object> values = new HashMap<>();
            for (int i = 0; i < Math.min(terms.size(), 20); i++) {
                String term = terms.get(i);
                any.add(Where.like("u.searchName", "term" + i) + " or s.extension = :exact" + i + " or m.mobilityExtension = :exact" + i
                        + " or n.e164 like :digits" + i);
                values.put("term" + i, Where.containing(term));
                values.put("exact" + i, term);
                values.put("digits" + i, term.replaceAll("\\D", "").length() < 3 ? "-" : Where.digitsContaining(term));
            }
            where.and(String.join(" or ", any), values);
        }
        return where;
    }

    private MobilityUser require(long userId) {
        MobilityUser mobilityUser = find(tenancy.user(userId));
        if (mobilityUser == null) {
            throw new NotFoundException("Mobility user", userId);
        }
        return mobilityUser;
    }

    private MobilityUser find(User user) {
        return em.createQuery("select m from MobilityUser m where m.user = :user", MobilityUser.class)
                .setParameter("user", user).getResultStream().findFirst().orElse(null);
    }
}
