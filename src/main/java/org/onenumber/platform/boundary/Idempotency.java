package org.onenumber.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.function.Supplier;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.ErrorCode;
import org.onenumber.platform.entity.IdempotencyRecord;

/**
 * Idempotency keys with the semantics of Stripe's: the first request with a key runs and its response
 * is stored with the change, in one transaction; a retry with the same body gets that response again
 * without running; the same key with another body is refused. Refused requests store nothing, so a
 * corrected retry may reuse the key. Two concurrent first requests with one key: the database's unique
 * key lets one commit, the other rolls back and then replays the winner's response.
 */
@Stateless
public class Idempotency {

    public record Outcome(String responseXml, boolean replayed) {
    }

    @PersistenceContext
    EntityManager em;

    public Outcome execute(long carrierId, String key, String operation, String requestHash, Supplier<String> work) {
        Optional<IdempotencyRecord> earlier = find(carrierId, key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), operation, requestHash);
        }
        String response = work.get();
        em.persist(new IdempotencyRecord(carrierId, key, operation, requestHash, response));
        em.flush();
        return new Outcome(response, false);
    }

    /** After losing a race for a key: the committed winner's response, if it is the same request. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Outcome> committed(long carrierId, String key, String operation, String requestHash) {
        return find(carrierId, key).map(record -> replay(record, operation, requestHash));
    }

    private static Outcome replay(IdempotencyRecord record, String operation, String requestHash) {
        if (!record.sameRequest(operation, requestHash)) {
            throw new BusinessException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey",
                    "This idempotency key was used for a different request; use a new key for a new request.");
        }
        return new Outcome(record.getResponseXml(), true);
    }

    private Optional<IdempotencyRecord> find(long carrierId, String key) {
        return em.createQuery("select r from IdempotencyRecord r where r.carrierId = :carrier and r.key = :key",
                        IdempotencyRecord.class)
                .setParameter("carrier", carrierId).setParameter("key", key)
                .getResultStream().findFirst();
    }
}
