package org.onenumber.license.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.control.UserLocks;
import org.onenumber.account.control.UserRemovalStarting;
import org.onenumber.account.control.UserRemoving;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.User;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.license.control.DeviceIdentities;
import org.onenumber.license.control.LicenseShared;
import org.onenumber.license.control.SharingRules;
import org.onenumber.license.entity.ClientLicense;
import org.onenumber.license.entity.LicenseError;
import org.onenumber.license.entity.LicensePool;
import org.onenumber.license.entity.LicenseProduct;
import org.onenumber.platform.control.SqlDialect;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.control.TargetChanged;

/**
 * Mobile client licenses: the pool an account bought and the sharing of its licenses to stations.
 *
 * <p>Locks. A share locks the user (the user's shares take turns, and its rules count what the user holds), then the
 * one license it takes: the first available one no other transaction holds, or the one named, refused as in use when
 * another holds it; it waits for no license ({@code for update skip locked}) and never locks the pool, so the shares of
 * one account run side by side. Never more licenses are shared than bought: the licenses are the quantity bought, and
 * a share takes one of them. The pool's row is locked by what changes the quantity, by unshares, Disable Mobility, a
 * user's removal and the Add users wizard, each before any user's row (an unshare locks the license's user after it,
 * before it counts the user's remaining clients); a share, which waits only for its own user (and, after it, the
 * switch's version row of the user's station), never waits in a circle with them. One transaction that changes
 * several users in an order of its own (a batch document) can meet another doing so the other way round: the database
 * breaks that circle, and the document runs once more.
 */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class Licenses {

    private static final LicenseProduct PRODUCT = LicenseProduct.MOBILE_CLIENT;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    @Inject
    DeviceIdentities identities;

    @Inject
    Instance<SharingRules> sharingRules;

    @Inject
    Event<LicenseShared> licenseShared;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TargetChanged> targetChanged;

    @Inject
    UserLocks userLocks;

    @Inject
    SqlDialect dialect;

    /** The account's pool, its shared licenses counted now; an account that never bought any has an empty one. */
    public LicensePool pool(long accountId) {
        Account account = tenancy.account(accountId);
        // the shared licenses counted before the quantity is read: a share committed between the two adds to neither
        // and a reduction never goes below the shared count, so what is available never reads below zero
        long shared = sharedCount(account);
        return findPool(account, LockModeType.NONE).counted(shared);
    }

    /**
     * Locks up to {@code count} available licenses of the account until this transaction ends, so that shares running
     * beside it cannot take them, and returns how many it locked: the Add users wizard's reservation for its users,
     * made before it counts what it must buy. This transaction's own shares take them. A license a share is taking at
     * this moment is waited for (the caller holds the pool and no user, and a share waits for neither), so that the
     * count is what the shares running now leave, not a passing shortfall that would refuse the wizard's purchase.
     */
    public int reserve(long accountId, int count) {
        return count < 1 ? 0 : lockAvailable(tenancy.account(accountId), count, false, true).size();
    }

    /** Opens the account's (empty) pool when Mobility is activated, so that a purchase finds its row to lock. */
    public void open(long accountId) {
        lockedPool(tenancy.account(accountId));
    }

    /** The carrier sets the quantity bought: licenses are added, or available ones removed. */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT})
    public LicensePool setPurchased(long accountId, int quantity) {
        return setPurchased(accountId, null, quantity);
    }

    /** As {@link #setPurchased(long, int)}, refused (STALE_VERSION) unless the pool is at that version. */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT})
    public LicensePool setPurchased(long accountId, Long expectedVersion, int quantity) {
        Account account = tenancy.account(accountId);
        // compared before a first pool is written: a pool never bought is at version 0, as ListLicenses shows it
        LicensePool pool = findPool(account, LockModeType.PESSIMISTIC_WRITE);
        StaleVersionException.check("License pool of account " + accountId, expectedVersion, pool.getVersion());
        return changePurchased(written(pool), quantity);
    }

    /** A customer admin confirms buying {@code additional} more licenses. */
    public LicensePool purchase(long accountId, int additional) {
        if (additional < 1) {
            throw new BusinessException(CommonError.INVALID_FIELD, "quantity", "Purchase at least one license.");
        }
        Account account = tenancy.account(accountId);
        LicensePool pool = lockedPool(account);
        return changePurchased(pool, pool.getPurchased() + additional);
    }

    /** On a pool the caller has locked. */
    private LicensePool changePurchased(LicensePool pool, int quantity) {
        Account account = pool.getAccount();
        pool.counted(sharedCount(account));
        var before = poolSnapshot(pool);
        pool.changePurchased(quantity);
        int existing = ((Number) em.createQuery("select count(l) from ClientLicense l where l.account = :account")
                .setParameter("account", account).getSingleResult()).intValue();
        if (quantity > existing) {
            for (String identity : identities.next(account.getCarrier(), quantity - existing)) {
                em.persist(new ClientLicense(account, identity));
            }
        } else if (quantity < existing) {
            // the newest available ones go, none a share is taking at this moment; changePurchased refused a quantity
            // below the shared count
            List<ClientLicense> going = lockAvailable(account, existing - quantity, true, false);
            if (going.size() < existing - quantity) {
                throw new ConflictException(LicenseError.QUANTITY_BELOW_SHARED, "quantity", "Cannot reduce "
                        + PRODUCT.title() + " licenses to " + quantity + " now: " + (existing - quantity - going.size())
                        + " of the available ones are being shared at this moment. Try again.");
            }
            going.forEach(em::remove);
        }
        audit.record(account, "LicensePool", pool.getId(), "SET_QUANTITY", before, poolSnapshot(pool));
        return pool;
    }

    /**
     * Shares a mobile client license to the user's station: the one named, or the first available. The
     * client becomes a VoIP endpoint of the station on the switch, and the user gets the welcome email.
     */
    public ClientLicense share(long userId, String deviceIdentity) {
        User user = tenancy.user(userId);
        Account account = user.getAccount();
        // the user's row first: the user's shares take turns, so that the count below stays true until this one commits
        userLocks.lock(user);
        long held = sharedTo(user).size();
        sharingRules.forEach(rules -> rules.requireMayShare(user, held));
        ClientLicense license = deviceIdentity == null || deviceIdentity.isBlank()
                ? firstAvailable(account)
                : available(account, deviceIdentity.trim());
        license.shareTo(user.getStation());
        em.flush();
        audit.record(account, "ClientLicense", license.getId(), "SHARE", null, license.snapshot());
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
        licenseShared.fire(new LicenseShared(user, license));
        return license;
    }

    /** Frees a shared license: the client stops working and is removed from the switch. */
    public ClientLicense unshare(long accountId, String deviceIdentity) {
        return unshare(accountId, deviceIdentity, null);
    }

    /** As {@link #unshare(long, String)}, refused (STALE_VERSION) unless the license is at that version. */
    public ClientLicense unshare(long accountId, String deviceIdentity, Long expectedVersion) {
        Account account = tenancy.account(accountId);
        LicensePool pool = lockedPool(account);
        return unshare(pool, byIdentity(account, deviceIdentity), expectedVersion);
    }

    /**
     * As {@link #unshare(long, String, Long)}, the license named by the user it is shared to, as a share names it:
     * the one given by its device identity, which must be shared to that user, or, when none is given, the user's
     * only license. {@code accountId}, when given, must be the user's account.
     */
    public ClientLicense unshareFrom(long userId, Long accountId, String deviceIdentity, Long expectedVersion) {
        User user = tenancy.user(userId);
        if (accountId != null && !accountId.equals(user.getAccount().getId())) {
            throw new NotFoundException("User", userId);
        }
        LicensePool pool = lockedPool(user.getAccount());
        userLocks.lock(user); // after the pool, as Disable Mobility and a removal take them; see unshare below
        List<ClientLicense> held = sharedTo(user);
        ClientLicense license;
        if (deviceIdentity == null || deviceIdentity.isBlank()) { // as a share reads it: absent
            if (held.size() != 1) {
                throw new InvalidInputException(held.isEmpty() ? "userId" : "deviceIdentity", held.isEmpty()
                        ? user.displayName() + " holds no mobile client license."
                        : user.displayName() + " holds " + held.size() + " licenses: name the one to take back.");
            }
            license = held.get(0);
        } else {
            license = held.stream().filter(l -> l.getDeviceIdentity().equals(deviceIdentity.trim())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("deviceIdentity", deviceIdentity.trim()
                            + " is not shared to " + user.displayName() + "."));
        }
        return unshare(pool, license, expectedVersion);
    }

    /** On a pool the caller has locked. */
    private ClientLicense unshare(LicensePool pool, ClientLicense license, Long expectedVersion) {
        String deviceIdentity = license.getDeviceIdentity();
        StaleVersionException.check("License " + deviceIdentity, expectedVersion, license.getVersion());
        if (!license.isShared()) {
            throw new ConflictException(CommonError.INVALID_FIELD, "deviceIdentity",
                    deviceIdentity + " is not shared to any station.");
        }
        User user = license.getStation().getUser();
        // the user's row, after the pool: an enablement of the user (which shares nothing when the user holds a client)
        // runs before or after this, so a mobility user is never left without a client by the two at once
        userLocks.lock(user);
        long remaining = sharedTo(user).size() - 1L;
        sharingRules.forEach(rules -> rules.requireMayUnshare(user, remaining));
        release(pool, license);
        return license;
    }

    /** Frees every license shared to the user's station (when Mobility is disabled for them). */
    public void unshareAll(User user) {
        // the pool's lock (the caller took it first, Disable Mobility does, then the user's row, for which a concurrent
        // share of the user waits); an account without a pool has no licenses
        LicensePool pool = findPool(user.getAccount(), LockModeType.PESSIMISTIC_WRITE);
        if (pool.getId() != null) {
            sharedTo(user).forEach(license -> release(pool, license));
        }
    }

    /** A user's removal takes the account's pool before the user's row, as every unshare does. */
    @PermitAll
    public void onUserRemovalStarting(@Observes UserRemovalStarting removal) {
        findPool(removal.account(), LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Frees the licenses of a user who is being deleted. The switch hears of the station's removal itself, so
     * no new state is sent for it.
     */
    @PermitAll
    public void onUserRemoving(@Observes UserRemoving removal) {
        User user = removal.user();
        LicensePool pool = findPool(user.getAccount(), LockModeType.PESSIMISTIC_WRITE);
        if (pool.getId() != null) {
            sharedTo(user).forEach(license -> free(pool, license));
        }
    }

    private void release(LicensePool pool, ClientLicense license) {
        User user = license.getStation().getUser();
        free(pool, license);
        targetChanged.fire(new TargetChanged(user.getStation().switchTarget()));
    }

    private void free(LicensePool pool, ClientLicense license) {
        var before = license.snapshot();
        license.unshare();
        em.flush();
        audit.record(pool.getAccount(), "ClientLicense", license.getId(), "UNSHARE", before, license.snapshot());
    }

    /** The device identities shared to each of the users' stations, in one query. */
    public Map<Long, List<String>> clientsOf(List<User> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> clients = new HashMap<>();
        em.createQuery("select u.id, l.deviceIdentity from ClientLicense l join l.station s join s.user u"
                        + " where u.id in :users order by l.deviceIdentity", Object[].class)
                .setParameter("users", users.stream().map(User::getId).toList()).getResultList()
                .forEach(row -> clients.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return clients;
    }

    public List<ClientLicense> sharedTo(User user) {
        return em.createQuery("select l from ClientLicense l where l.station = :station order by l.deviceIdentity",
                        ClientLicense.class)
                .setParameter("station", user.getStation()).getResultList();
    }

    /** The account's licenses in the order they were bought, optionally only those in one state. */
    public Page<ClientLicense> list(long accountId, ClientLicense.Status status, PageRequest page) {
        Account account = tenancy.account(accountId);
        TypedQuery<ClientLicense> query = em.createQuery("select l from ClientLicense l left join fetch l.station s"
                        + " left join fetch s.user where l.account = :account and l.id > :after"
                        + (status == null ? "" : " and l.status = :status") + " order by l.id",
                        ClientLicense.class)
                .setParameter("account", account).setParameter("after", page.afterId());
        if (status != null) {
            query.setParameter("status", status);
        }
        return Page.of(query.setMaxResults(page.size() + 1).getResultList(), page, ClientLicense::getId);
    }

    /** How many licenses {@link #list} finds over all its pages. */
    public long count(long accountId, ClientLicense.Status status) {
        TypedQuery<Long> query = em.createQuery("select count(l) from ClientLicense l where l.account = :account"
                + (status == null ? "" : " and l.status = :status"), Long.class)
                .setParameter("account", tenancy.account(accountId));
        return (status == null ? query : query.setParameter("status", status)).getSingleResult();
    }

    /**
     * The lowest available identity, in SQL: ordered by the whole index (account, status, identity), since H2 reads
     * an index in order only for an ORDER BY that starts with its first column, and JPQL's {@code l.account.id}
     * joins the account table, whose id H2 then sorts by. Either way it sorted every available license of the
     * account for each share, a cost that grew with the licenses bought ahead.
     */
    private ClientLicense firstAvailable(Account account) {
        return lockAvailable(account, 1, false, false).stream().findFirst().orElseThrow(() -> quotaExceeded(account));
    }

    /**
     * Up to {@code count} available licenses of the account, each locked until this transaction ends: the lowest
     * identities first, or with {@code newest} the highest. A license another transaction holds (a share taking it, a
     * reduction removing it) is passed over, not waited for (with {@code wait}: waited for, and passed over when it is
     * no longer available then); one this transaction holds is not. PostgreSQL passes over
     * locked rows before it counts its rows: one statement. H2 counts first (its {@code skip locked} under a row limit
     * answers nothing when the first row is locked), so there the candidates are read without a lock, in the index's
     * order, and locked one by one by id; a candidate taken meanwhile no longer reads as available and is passed over.
     */
    @SuppressWarnings("unchecked")
    private List<ClientLicense> lockAvailable(Account account, int count, boolean newest, boolean wait) {
        String lock = wait ? " for update" : " for update skip locked";
        String order = newest ? " order by account_id desc, status desc, device_identity desc"
                : " order by account_id, status, device_identity";
        String available = ClientLicense.Status.AVAILABLE.name();
        if (dialect.postgres()) {
            return em.createNativeQuery("select * from client_license where account_id = ?1 and status = ?2" + order
                            + " limit ?3" + lock, ClientLicense.class)
                    .setParameter(1, account.getId()).setParameter(2, available).setParameter(3, count)
                    .setHint(QueryHints.REFRESH, HintValues.TRUE).getResultList();
        }
        List<ClientLicense> locked = new ArrayList<>();
        int batch = count + 8; // a few more than needed: as many shares as run at once hold the first ones
        String after = null;
        while (locked.size() < count) {
            Query candidates = em.createNativeQuery("select id, device_identity from client_license where account_id = ?1"
                            + " and status = ?2" + (after == null ? "" : " and device_identity " + (newest ? "<" : ">") + " ?4")
                            + order + " fetch first ?3 rows only")
                    .setParameter(1, account.getId()).setParameter(2, available).setParameter(3, batch);
            List<Object[]> rows = (after == null ? candidates : candidates.setParameter(4, after)).getResultList();
            for (Object[] row : rows) {
                List<ClientLicense> one = em.createNativeQuery("select * from client_license where id = ?1 and status = ?2"
                                + lock, ClientLicense.class)
                        .setParameter(1, ((Number) row[0]).longValue()).setParameter(2, available)
                        .setHint(QueryHints.REFRESH, HintValues.TRUE).getResultList();
                locked.addAll(one);
                if (locked.size() == count) {
                    break;
                }
            }
            if (rows.size() < batch) {
                break; // no more available licenses
            }
            after = (String) rows.get(rows.size() - 1)[1];
            batch = Math.min(batch * 2, 1024); // a batch all held by others: the next reads further at once
        }
        return locked;
    }

    /** How many of the account's licenses are shared now, counted through the index by account and status. */
    private long sharedCount(Account account) {
        return em.createQuery("select count(l) from ClientLicense l where l.account = :account and l.status = :shared",
                        Long.class)
                .setParameter("account", account).setParameter("shared", ClientLicense.Status.SHARED).getSingleResult();
    }

    /**
     * The named license, locked and read afresh. One another transaction holds (a share or an unshare of it, the Add
     * users wizard's reservation) is refused as in use rather than waited for: a share waits for no license, so it
     * never waits in a circle with a transaction that holds licenses and then wants the share's user.
     */
    @SuppressWarnings("unchecked")
    private ClientLicense available(Account account, String deviceIdentity) {
        List<ClientLicense> locked = em.createNativeQuery("select * from client_license where account_id = ?1"
                        + " and device_identity = ?2 for update skip locked", ClientLicense.class)
                .setParameter(1, account.getId()).setParameter(2, deviceIdentity)
                .setHint(QueryHints.REFRESH, HintValues.TRUE).getResultList();
        if (locked.isEmpty()) {
            byIdentity(account, deviceIdentity); // NOT_FOUND when the account has no such license
            throw new ConflictException(CommonError.IN_USE, "deviceIdentity", deviceIdentity
                    + " is being changed by another request at this moment. Try again, or share another license.");
        }
        ClientLicense license = locked.get(0);
        if (license.isShared()) {
            throw new ConflictException(CommonError.IN_USE, "deviceIdentity", deviceIdentity + " is already shared to extension "
                    + license.getStation().getExtension() + ".");
        }
        return license;
    }

    /** One license of the account, by its device identity; NOT_FOUND when the account has none of that identity. */
    public ClientLicense get(long accountId, String deviceIdentity) {
        return byIdentity(tenancy.account(accountId), deviceIdentity);
    }

    private ClientLicense byIdentity(Account account, String deviceIdentity) {
        return em.createQuery("select l from ClientLicense l where l.account = :account and l.deviceIdentity = :identity",
                        ClientLicense.class)
                .setParameter("account", account).setParameter("identity", deviceIdentity)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Mobile client license", deviceIdentity));
    }

    private static BusinessException quotaExceeded(Account account) {
        return new BusinessException(LicenseError.LICENSE_QUOTA_EXCEEDED, "quantity", "All mobile client licenses of "
                + account.getName() + " are shared. Unshare one or purchase more.");
    }

    private LicensePool lockedPool(Account account) {
        return written(findPool(account, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The pool, written first if the account never had one. */
    private LicensePool written(LicensePool pool) {
        if (pool.getId() == null) {
            em.persist(pool);
            em.flush();
        }
        return pool;
    }

    private LicensePool findPool(Account account, LockModeType lock) {
        return em.createQuery("select p from LicensePool p where p.account = :account and p.product = :product",
                        LicensePool.class)
                .setParameter("account", account).setParameter("product", PRODUCT).setLockMode(lock)
                .getResultStream().findFirst().orElseGet(() -> new LicensePool(account, PRODUCT));
    }

    private static Map<String, Object> poolSnapshot(LicensePool pool) {
        return Map.of("product", pool.getProduct(), "purchased", pool.getPurchased(), "shared", pool.getShared());
    }
}
