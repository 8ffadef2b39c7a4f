package org.onenumber.audit.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import org.onenumber.audit.control.FeedOrder;
import org.onenumber.audit.control.FeedSequencer;
import org.onenumber.platform.control.HourlyClaim;

/**
 * The change feed keeps changes 7 days, then they are purged once an hour by one instance of the cluster (the one
 * that claims the hour: {@link HourlyClaim}). Whole batches go, those all of whose rows are older than the window,
 * and the state row remembers the last position removed: a cursor before it is refused as expired instead of
 * silently missing what was removed.
 */
@Singleton
public class ChangePurge {

    static final String JOB = "change-purge";
    public static final Duration KEPT = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    FeedSequencer sequencer;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void purgeExpired() {
        if (HourlyClaim.claim(em, JOB)) {
            purgeBefore(LocalDateTime.now().minus(KEPT)); // JVM-local wall time, as JPA writes Instant columns
        }
    }

    /** Removes the batches whose every change is older than {@code cutoff} (UTC). */
    public void purgeBefore(LocalDateTime cutoff) {
        long last = sequencer.number(); // old rows nobody read yet get their place first
        Number youngest = (Number) em.createNativeQuery(FeedOrder.YOUNGEST_BATCH).setParameter(1, cutoff).getSingleResult();
        long through = youngest == null ? last : youngest.longValue() - 1;
        // the purged position is the last change really removed: marking the batch just numbered (often empty, when
        // every kept change aged out) would expire the cursors of readers that missed nothing
        Number removedBatch = (Number) em.createNativeQuery(FeedOrder.LAST_BATCH_THROUGH).setParameter(1, through)
                .getSingleResult();
        if (removedBatch == null) {
            return;
        }
        long batch = removedBatch.longValue();
        long removedId = ((Number) em.createNativeQuery(FeedOrder.LAST_ID_OF_BATCH).setParameter(1, batch)
                .getSingleResult()).longValue();
        em.createNativeQuery(FeedOrder.DELETE_THROUGH).setParameter(1, through).executeUpdate();
        em.createNativeQuery(FeedOrder.MARK_PURGED).setParameter(1, batch).setParameter(2, removedId)
                .setParameter(3, batch).setParameter(4, batch).setParameter(5, removedId).executeUpdate();
    }
}
