package org.onenumber.anywhere.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.onenumber.switching.entity.UsageRecord;

/**
 * Which usage records are toll usage of Office Anywhere: calls through a portal the switch rated as toll, of an
 * account, recorded in a calendar month (UTC). One rule for the usage page, its CSV and the billing true-up.
 */
@ApplicationScoped
public class TollRecords {

    @PersistenceContext
    EntityManager em;

    /** Oldest first. */
    public List<UsageRecord> of(long accountId, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return em.createQuery("select r from UsageRecord r where r.accountId = :account and r.portal is not null"
                        + " and r.toll = true and r.recordedAt >= :from and r.recordedAt < :to order by r.recordedAt, r.callId",
                        UsageRecord.class)
                .setParameter("account", accountId).setParameter("from", from).setParameter("to", to).getResultList();
    }
}
