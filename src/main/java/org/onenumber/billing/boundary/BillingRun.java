package org.onenumber.billing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.Account;
import org.onenumber.billing.control.ClaimLease;
import org.onenumber.billing.control.Measurements;
import org.onenumber.billing.control.TrueUp;
import org.onenumber.billing.entity.AccountEnd;
import org.onenumber.billing.entity.BillingStatement;
import org.onenumber.billing.entity.ScheduleClaim;
import org.onenumber.platform.control.CallContext;
import org.onenumber.security.entity.Role;

/**
 * What the billing jobs do, one transaction of their own each: never enlisted in a batch chunk's transaction, which
 * holds the job repository's connection (a statement is made once per account and month, so a chunk repeated after a
 * restart finds its statements closed and changes nothing). Called as the system caller (SystemCaller, channel BATCH).
 */
@Stateless
@RolesAllowed(Role.SYSTEM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BillingRun {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    @Inject
    TrueUp trueUp;

    @Inject
    Measurements measurements;

    @Inject
    CallContext call;

    @Inject
    Clock clock;

    /**
     * How long a scheduled run's claim outlives its last page or chunk: how soon after its instance died another one
     * runs it again.
     */
    @Inject
    @ConfigProperty(name = "onenumber.billing.lease-seconds", defaultValue = "300")
    long leaseSeconds;

    /**
     * The next accounts in id order after {@code afterId}: of one carrier, one account, or (both null) every carrier's.
     * Only ids: any job may page through them.
     */
    @PermitAll
    public List<AccountRef> accountsAfter(long afterId, Long carrierId, Long accountId, int size) {
        TypedQuery<AccountRef> query = em.createQuery("select new org.onenumber.billing.boundary.AccountRef(a.id, a.carrier.id)"
                        + " from Account a where a.id > :after" + (carrierId == null ? "" : " and a.carrier.id = :carrier")
                        + (accountId == null ? "" : " and a.id = :account") + " order by a.id", AccountRef.class)
                .setParameter("after", afterId);
        if (carrierId != null) {
            query.setParameter("carrier", carrierId);
        }
        if (accountId != null) {
            query.setParameter("account", accountId);
        }
        return query.setMaxResults(size).getResultList();
    }

    /**
     * The accounts a true-up of {@code month} bills, in id order after {@code afterId} (scoped as {@link #accountsAfter}):
     * those that exist, and those deleted on or after the month's first day, whose days up to their deletion are billed.
     * Only ids, as {@link #accountsAfter}: the job's reader pages through them before any caller is set.
     */
    @PermitAll
    public List<AccountRef> billedAccountsAfter(long afterId, Long carrierId, Long accountId, YearMonth month, int size) {
        TypedQuery<AccountRef> query = em.createQuery("select new org.onenumber.billing.boundary.AccountRef(e.accountId, e.carrierId)"
                        + " from AccountEnd e where e.accountId > :after and e.endedOn >= :first"
                        + (carrierId == null ? "" : " and e.carrierId = :carrier")
                        + (accountId == null ? "" : " and e.accountId = :account") + " order by e.accountId", AccountRef.class)
                .setParameter("after", afterId).setParameter("first", month.atDay(1));
        if (carrierId != null) {
            query.setParameter("carrier", carrierId);
        }
        if (accountId != null) {
            query.setParameter("account", accountId);
        }
        List<AccountRef> billed = new ArrayList<>(accountsAfter(afterId, carrierId, accountId, size));
        billed.addAll(query.setMaxResults(size).getResultList());
        // an account whose deletion committed between the two reads is in both: once is its statement
        List<AccountRef> once = billed.stream().distinct().sorted(Comparator.comparingLong(AccountRef::accountId)).toList();
        return once.size() > size ? once.subList(0, size) : once;
    }

    /** The carriers, for jobs that run everywhere. */
    @PermitAll
    public List<Long> carriers() {
        return em.createQuery("select c.id from Carrier c order by c.id", Long.class).getResultList();
    }

    /** The account's statement for the month, made or left as it is (closed); null when it had nothing to bill. */
    public Long statement(long accountId, YearMonth month) {
        AccountEnd ended = em.find(AccountEnd.class, accountId);
        BillingStatement statement;
        if (ended != null && ended.getCarrierId() == tenancy.carrierId()) {
            statement = trueUp.produce(accountId, ended.getCarrierId(), ended.getAccountName(), month);
        } else {
            Account account = tenancy.account(accountId);
            statement = trueUp.produce(accountId, account.getCarrier().getId(), account.getName(), month);
        }
        return statement == null ? null : statement.getId();
    }

    /** Today's snapshot of the carrier's next {@code size} accounts after {@code afterId}; returns the last id done, or -1. */
    public long snapshotPage(long carrierId, long afterId, int size) {
        List<Long> ids = accountsAfter(afterId, carrierId, null, size).stream().map(AccountRef::accountId).toList();
        if (ids.isEmpty()) {
            return -1;
        }
        measurements.record(carrierId, measurements.now(ids), LocalDate.now(clock), clock.instant(), call.principal());
        return ids.get(ids.size() - 1);
    }

    /**
     * Claims a scheduled run (job and period) for this instance, with a lease its work renews ({@link #stillWorking});
     * false when another instance already did.
     */
    @PermitAll
    public boolean claim(String key, String instance) {
        if (em.find(ScheduleClaim.class, key) != null) {
            return false;
        }
        em.persist(new ScheduleClaim(key, clock.instant(), instance, leaseUntil()));
        em.flush();
        return true;
    }

    /** The claims whose run stopped midway: never completed, and the lease of the instance that had it lapsed. */
    @PermitAll
    public List<String> stalledClaims() {
        return em.createNativeQuery(ClaimLease.STALLED).setParameter(1, now()).getResultList().stream()
                .map(String::valueOf).toList();
    }

    /** Takes a stalled claim over for this instance; false when another instance took it first. */
    @PermitAll
    public boolean takeOver(String key, String instance) {
        return em.createNativeQuery(ClaimLease.TAKE_OVER).setParameter(1, instance).setParameter(2, leaseUntil())
                .setParameter(3, key).setParameter(4, now()).executeUpdate() == 1;
    }

    /** The claimed run made progress (a page of accounts, a chunk): its lease is renewed. */
    @PermitAll
    public void stillWorking(String key) {
        em.createNativeQuery(ClaimLease.RENEW).setParameter(1, leaseUntil()).setParameter(2, key).executeUpdate();
    }

    /** The claimed run went through every account: nobody runs it again. */
    @PermitAll
    public void completed(String key) {
        em.createNativeQuery(ClaimLease.COMPLETE).setParameter(1, now()).setParameter(2, key).executeUpdate();
    }

    private LocalDateTime leaseUntil() {
        return now().plusSeconds(Math.max(30, leaseSeconds));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
