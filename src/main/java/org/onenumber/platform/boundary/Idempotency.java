package org.onenumber.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.function.Supplier;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.entity.IdempotencyRecord;

/**
 * Idempotency keys with the semantics of Stripe's, per login: the first request with a key runs and its response
 * is stored with the change, in one transaction; a retry with the same body gets that response again
 * without running; the same key with another body is refused. Refused requests store nothing, so a
 * corrected retry may reuse the key. Two concurrent first requests with one key: the first claims the
 * key (unique index), the other waits for it and replays its response, or is told it is in progress.
 */
@Stateless
public class Idempotency {

    public record Outcome(String responseXml, boolean replayed) {
    }

    /**
     * The key's claim failed: another transaction holds or has just committed the same key (a unique violation, or a
     * lock wait that timed out). Not a business answer: the caller decides, as for any lost race (its cause is the
     * database's refusal), but it can tell this race from one lost on a value its work wrote.
     */
    public static final class KeyClaimLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public KeyClaimLost(PersistenceException cause) {
            super("The idempotency key is being claimed by another transaction", cause);
        }
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Runs {@code work} once per key of this login. {@code callerScope} is what the login may do now (its roles and
     * account): a replay is answered only while it is what it was when the key was first used, so a replay re-checks
     * the login's authorisation instead of skipping it.
     */
    public Outcome execute(long carrierId, String loginName, String callerScope, String key, String operation,
                           String requestHash, Supplier<String> work) {
        Optional<IdempotencyRecord> earlier = find(carrierId, loginName, key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), callerScope, operation, requestHash);
        }
        // Claim the key before doing the work: a concurrent request with the same key now waits on
        // (or fails at) the unique index until this transaction ends, instead of racing the work.
        IdempotencyRecord claim = new IdempotencyRecord(carrierId, loginName, callerScope, key, operation, requestHash);
        em.persist(claim);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new KeyClaimLost(e);
        }
        String response = work.get();
        claim.complete(response);
        return new Outcome(response, false);
    }

    /** After losing a race for a key: the committed winner's response, if it is the same request. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Outcome> committed(long carrierId, String loginName, String callerScope, String key, String operation,
                                       String requestHash) {
        return find(carrierId, loginName, key).map(record -> replay(record, callerScope, operation, requestHash));
    }

    private static Outcome replay(IdempotencyRecord record, String callerScope, String operation, String requestHash) {
        if (!record.sameScope(callerScope)) {
            throw new BusinessException(CommonError.NOT_PERMITTED, "idempotencyKey",
                    "This login's permissions changed since the key was first used; its response is not given again.");
        }
        if (!record.sameRequest(operation, requestHash)) {
            throw new BusinessException(CommonError.IDEMPOTENCY_KEY_REUSED, "idempotencyKey",
                    "This idempotency key was used for a different request; use a new key for a new request.");
        }
        return new Outcome(record.getResponseXml(), true);
    }

    private Optional<IdempotencyRecord> find(long carrierId, String loginName, String key) {
        return em.createQuery("select r from IdempotencyRecord r where r.carrierId = :carrier and r.loginName = :login"
                        + " and r.key = :key", IdempotencyRecord.class)
                .setParameter("carrier", carrierId).setParameter("login", loginName).setParameter("key", key)
                .getResultStream().findFirst();
    }
}
