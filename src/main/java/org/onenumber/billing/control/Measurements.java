package org.onenumber.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.anywhere.control.TollRecords;
import org.onenumber.billing.entity.AccountEnd;
import org.onenumber.billing.entity.DailySnapshot;
import org.onenumber.billing.entity.DayQuantities;
import org.onenumber.license.entity.ClientLicense;
import org.onenumber.license.entity.LicenseProduct;

/**
 * Reads what accounts hold now (for snapshots) and what a month's snapshots and toll calls were (for statements).
 * Counts come from the capabilities' own tables, a few grouped queries for a whole page of accounts.
 */
@ApplicationScoped
public class Measurements {

    @PersistenceContext
    EntityManager em;

    @Inject
    TollRecords tollRecords;

    /** The quantities each of the accounts holds now; an account without Mobility or licenses has zeros. */
    public Map<Long, DayQuantities> now(List<Long> accountIds) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, String> status = new HashMap<>();
        accountIds.forEach(id -> counts.put(id, new int[4]));
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        // the shared licenses counted before the quantities are read, as Licenses.pool reads them (never shared above
        // purchased)
        em.createQuery("select l.account.id, count(l) from ClientLicense l where l.account.id in :ids"
                        + " and l.status = :shared group by l.account.id", Object[].class)
                .setParameter("ids", accountIds).setParameter("shared", ClientLicense.Status.SHARED).getResultList()
                .forEach(row -> counts.get((Long) row[0])[1] = ((Number) row[1]).intValue());
        em.createQuery("select p.account.id, p.purchased from LicensePool p where p.account.id in :ids"
                        + " and p.product = :product", Object[].class)
                .setParameter("ids", accountIds).setParameter("product", LicenseProduct.MOBILE_CLIENT).getResultList()
                .forEach(row -> counts.get((Long) row[0])[0] = ((Number) row[1]).intValue());
        em.createQuery("select m.account.id, count(m) from MobilityUser m where m.account.id in :ids group by m.account.id",
                        Object[].class)
                .setParameter("ids", accountIds).getResultList()
                .forEach(row -> counts.get((Long) row[0])[2] = ((Number) row[1]).intValue());
        em.createQuery("select o.account.id, count(o) from OfficeAnywhereUser o where o.account.id in :ids group by o.account.id",
                        Object[].class)
                .setParameter("ids", accountIds).getResultList()
                .forEach(row -> counts.get((Long) row[0])[3] = ((Number) row[1]).intValue());
        em.createQuery("select s.account.id, s.status from MobilityService s where s.account.id in :ids", Object[].class)
                .setParameter("ids", accountIds).getResultList()
                .forEach(row -> status.put((Long) row[0], String.valueOf(row[1])));
        Map<Long, DayQuantities> now = new LinkedHashMap<>();
        counts.forEach((id, c) -> now.put(id, new DayQuantities(c[0], c[1], c[2], c[3], status.getOrDefault(id, "NOT_ACTIVATED"))));
        return now;
    }

    /** Writes the day's snapshots of the accounts (a second measurement of the same day replaces the first). */
    public void record(long carrierId, Map<Long, DayQuantities> quantities, LocalDate day, Instant at, String by) {
        if (quantities.isEmpty()) {
            return;
        }
        Map<Long, DailySnapshot> existing = new HashMap<>();
        em.createQuery("select s from DailySnapshot s where s.day = :day and s.accountId in :ids", DailySnapshot.class)
                .setParameter("day", day).setParameter("ids", List.copyOf(quantities.keySet())).getResultList()
                .forEach(s -> existing.put(s.accountId(), s));
        quantities.forEach((accountId, q) -> {
            DailySnapshot snapshot = existing.get(accountId);
            if (snapshot == null) {
                snapshot = new DailySnapshot(carrierId, accountId, day);
                snapshot.measured(q, at, by);
                em.persist(snapshot);
            } else {
                snapshot.measured(q, at, by);
            }
        });
    }

    public DailySnapshot snapshot(long accountId, LocalDate day) {
        return em.createQuery("select s from DailySnapshot s where s.accountId = :account and s.day = :day", DailySnapshot.class)
                .setParameter("account", accountId).setParameter("day", day).getResultStream().findFirst().orElse(null);
    }

    /**
     * The account's month from its snapshots and toll calls, counted up to {@code asOf} (and, for an account deleted
     * since, up to the day of its deletion).
     */
    public MonthTally tally(long accountId, YearMonth month, LocalDate asOf) {
        LocalDate first = month.atDay(1);
        DayQuantities before = em.createQuery("select s from DailySnapshot s where s.accountId = :account and s.day < :first"
                        + " order by s.day desc", DailySnapshot.class)
                .setParameter("account", accountId).setParameter("first", first).setMaxResults(1)
                .getResultStream().findFirst().map(DailySnapshot::quantities).orElse(null);
        Map<LocalDate, DayQuantities> recorded = new HashMap<>();
        em.createQuery("select s from DailySnapshot s where s.accountId = :account and s.day >= :first and s.day <= :last",
                        DailySnapshot.class)
                .setParameter("account", accountId).setParameter("first", first).setParameter("last", month.atEndOfMonth())
                .getResultList().forEach(s -> recorded.put(s.getDay(), s.quantities()));
        List<MonthTally.Call> calls = tollRecords.countedByRateAndLength(accountId, month).stream()
                .map(c -> new MonthTally.Call(c.rateClass(), c.seconds(), c.count())).toList();
        AccountEnd ended = em.find(AccountEnd.class, accountId);
        return MonthTally.of(month, asOf, before, recorded, calls, ended == null ? null : ended.getEndedOn());
    }
}
