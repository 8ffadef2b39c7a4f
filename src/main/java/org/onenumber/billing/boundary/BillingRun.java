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
import java.time.YearMonth;
import java.util.List;
import org.onenumber.account.control.AccountScope;
import org.onenumber.billing.control.Measurements;
import org.onenumber.billing.control.TrueUp;
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

    /** The carriers, for jobs that run everywhere. */
    @PermitAll
    public List<Long> carriers() {
        return em.createQuery("select c.id from Carrier c order by c.id", Long.class).getResultList();
    }

    /** The account's statement for the month, made or left as it is (closed); null when it had nothing to bill. */
    public Long statement(long accountId, YearMonth month) {
        BillingStatement statement = trueUp.produce(tenancy.account(accountId), month);
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

    /** Claims a scheduled run (job and period) for this instance; false when another instance already did. */
    @PermitAll
    public boolean claim(String job, String period, String instance) {
        String key = job + " " + period;
        if (em.find(ScheduleClaim.class, key) != null) {
            return false;
        }
        em.persist(new ScheduleClaim(key, clock.instant(), instance));
        em.flush();
        return true;
    }
}
