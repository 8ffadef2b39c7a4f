package org.onenumber.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Numbers the committed changes into the feed's order (see {@link FeedOrder}), in a short transaction of its own. */
@ApplicationScoped
public class FeedSequencer {

    @PersistenceContext
    EntityManager em;

    /** The batch number just given: every committed change has a place at or before it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long number() {
        em.createNativeQuery(FeedOrder.NEXT_BATCH).executeUpdate();
        long batch = ((Number) em.createNativeQuery(FeedOrder.LAST_BATCH).getSingleResult()).longValue();
        em.createNativeQuery(FeedOrder.NUMBER).setParameter(1, batch).executeUpdate();
        return batch;
    }
}
