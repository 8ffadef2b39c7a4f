package org.onenumber.platform.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Idempotency keys are kept 48 hours (24 are promised), then purged once an hour. */
@Singleton
public class IdempotencyPurge {

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purgeExpired() {
        em.createNativeQuery("delete from idempotency_record where expires_at < ?")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC)).executeUpdate();
    }
}
