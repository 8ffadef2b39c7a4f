package org.onenumber.platform.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.onenumber.platform.control.HourlyClaim;

/**
 * Idempotency keys are kept 48 hours (24 are promised), then purged once an hour by one instance of the cluster (the
 * one that claims the hour: {@link HourlyClaim}).
 */
@Singleton
public class IdempotencyPurge {

    static final String JOB = "idempotency-purge";

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purgeExpired() {
        if (HourlyClaim.claim(em, JOB)) {
            em.createNativeQuery("delete from idempotency_record where expires_at < ?")
                    .setParameter(1, LocalDateTime.now(ZoneOffset.UTC)).executeUpdate();
        }
    }
}
