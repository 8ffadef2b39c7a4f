package org.onenumber.anywhere.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.onenumber.platform.control.KeysetCursor;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.platform.control.Where;
import org.onenumber.switching.entity.UsageRecord;

/**
 * Which usage records are toll usage of Office Anywhere: calls through a portal the switch rated as toll, of an
 * account, recorded in a calendar month (UTC). One rule for the usage page, its CSV and the billing true-up.
 */
@ApplicationScoped
public class TollRecords {

    @PersistenceContext
    EntityManager em;

    /** Toll calls of one rate class that lasted the same number of seconds: how many there were. */
    public record SameCalls(String rateClass, long seconds, long count) {
    }

    /**
     * The records of {@link #of(long, YearMonth, PageRequest)} counted by rate class and length: what a bill needs of
     * them, in rows that grow with the distinct lengths of the calls, not with the calls (a month of an account's toll
     * usage is not read into memory record by record).
     */
    public List<SameCalls> countedByRateAndLength(long accountId, YearMonth month) {
        Where where = inMonth(accountId, month);
        return where.bind(em.createQuery("select r.rateClass, r.seconds, count(r) from UsageRecord r" + where.jpql()
                        + " group by r.rateClass, r.seconds", Object[].class)).getResultList().stream()
                .map(row -> new SameCalls((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }

    /**
     * The records, oldest first, keyset on the time and the call's id (records have no
     * numeric id: the cursor's key holds both, the time's ISO text first, which has no space); every record when
     * {@code page} is null.
     */
    public Page<UsageRecord> of(long accountId, YearMonth month, PageRequest page) {
        Where where = inMonth(accountId, month);
        if (page != null && !page.first()) {
            Instant at;
            int space;
            try {
                space = page.afterKey().indexOf(' ');
                at = Instant.parse(page.afterKey().substring(0, space));
            } catch (RuntimeException e) {
                throw KeysetCursor.notOurs(); // no key, or not one this list wrote
            }
            where.and("r.recordedAt > :afterAt or (r.recordedAt = :afterAt and r.callId > :afterCall)",
                    Map.of("afterAt", at, "afterCall", page.afterKey().substring(space + 1)));
        }
        var query = em.createQuery("select r from UsageRecord r" + where.jpql() + " order by r.recordedAt, r.callId",
                UsageRecord.class);
        return Page.window(where.bind(query), page, r -> r.getRecordedAt() + " " + r.getCallId(), r -> 0);
    }

    /** How many records {@link #of(long, YearMonth, PageRequest)} finds. */
    public long count(long accountId, YearMonth month) {
        Where where = inMonth(accountId, month);
        return where.bind(em.createQuery("select count(r) from UsageRecord r" + where.jpql(), Long.class)).getSingleResult();
    }

    private static Where inMonth(long accountId, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return new Where("r.accountId = :account and r.portal is not null and r.toll = true", "account", accountId)
                .and("r.recordedAt >= :from and r.recordedAt < :to", Map.of("from", from, "to", to));
    }
}
