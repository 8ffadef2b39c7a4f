package org.onenumber.platform.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Idempotency keys are kept 48 hours (24 are promised), then purged once an hour by one instance of the cluster:
 * each instance has the timer, and the one whose update claims the hour in {@code schedule_period} purges (the
 * others wait for its row lock, then find the hour taken).
 */
@Singleton
public class IdempotencyPurge {

    static final String JOB = "idempotency-purge";

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purgeExpired() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String hour = now.truncatedTo(ChronoUnit.HOURS).toString();
        int claimed = em.createNativeQuery("update schedule_period set period = ?, claimed_by = ? where job = ? and period <> ?")
                .setParameter(1, hour).setParameter(2, ManagementFactory.getRuntimeMXBean().getName())
                .setParameter(3, JOB).setParameter(4, hour).executeUpdate();
        if (claimed == 0) {
            return;
        }
        em.createNativeQuery("delete from idempotency_record where expires_at < ?").setParameter(1, now).executeUpdate();
    }
}
