package org.onenumber.platform.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Idempotency keys are kept 48 hours (24 are promised), then purged once an hour. */
@Singleton
public class IdempotencyPurge {

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purgeExpired() {
        em.createQuery("delete from IdempotencyRecord r where r.expiresAt < :now")
                .setParameter("now", Instant.now()).executeUpdate();
    }
}
