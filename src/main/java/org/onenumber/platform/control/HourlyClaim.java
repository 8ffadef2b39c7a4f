package org.onenumber.platform.control;

import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The hour's run of an hourly job of the cluster: every instance has the job's timer, and the one whose update claims
 * the current hour (UTC) in the job's {@code schedule_period} row runs it; the others wait for that row's lock, then
 * find the hour taken.
 */
public final class HourlyClaim {

    private HourlyClaim() {
    }

    /** Whether this instance claimed the current hour for {@code job}, in the caller's transaction. */
    public static boolean claim(EntityManager em, String job) {
        String hour = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).toString();
        return em.createNativeQuery("update schedule_period set period = ?, claimed_by = ? where job = ? and period <> ?")
                .setParameter(1, hour).setParameter(2, ManagementFactory.getRuntimeMXBean().getName())
                .setParameter(3, job).setParameter(4, hour).executeUpdate() > 0;
    }
}
