package org.onenumber.notify.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.onenumber.notify.entity.Email;
import org.onenumber.notify.entity.OutgoingEmail;

/**
 * The mail dispatcher's short transactions on the outbox. An email is claimed by a conditional update
 * (a lease, not a held lock), so several instances sharing one database never send it at once; a
 * lease left by a crashed instance runs out and the email is sent again (a rare duplicate rather
 * than a lost email).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EmailOutboxStore {

    @PersistenceContext
    EntityManager em;

    /** Ids of the emails due now, oldest first. */
    public List<Long> due(int max) {
        List<?> ids = em.createNativeQuery("select id from email_outbox where status = 'QUEUED' and next_attempt_at <= ?"
                        + " and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id")
                .setParameter(1, now()).setParameter(2, now())
                .setMaxResults(max).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** True when this instance now holds the email for {@code lease}. */
    public boolean claim(long id, String instance, Duration lease) {
        LocalDateTime now = now();
        return em.createNativeQuery("update email_outbox set claimed_by = ?, claimed_until = ?"
                        + " where id = ? and status = 'QUEUED' and (claimed_until is null or claimed_until < ?)")
                .setParameter(1, instance).setParameter(2, now.plus(lease)).setParameter(3, id).setParameter(4, now)
                .executeUpdate() == 1;
    }

    /** The email as queued, attachments included. */
    public Email load(long id) {
        return em.find(OutgoingEmail.class, id).toEmail();
    }

    /** The carrier whose caller queued the email, null for none. */
    public Long carrier(long id) {
        return em.find(OutgoingEmail.class, id).getCarrierId();
    }

    public Long account(long id) {
        return em.find(OutgoingEmail.class, id).getAccountId();
    }

    public void sent(long id) {
        em.find(OutgoingEmail.class, id).sent(Instant.now());
        release(id);
    }

    public void failed(long id, String reason, boolean retryable, int budget, Duration firstPause) {
        em.find(OutgoingEmail.class, id).attemptFailed(reason, retryable, Instant.now(), budget, firstPause);
        release(id);
    }

    /** The mail server could not be reached: the email waits, spending none of its retry budget. */
    public void unreachable(long id, String reason) {
        em.find(OutgoingEmail.class, id).waitingForServer(reason);
        release(id);
    }

    public long queued() {
        return em.createQuery("select count(e) from OutgoingEmail e where e.status = :queued", Long.class)
                .setParameter("queued", OutgoingEmail.Status.QUEUED).getSingleResult();
    }

    private void release(long id) {
        em.flush();
        em.createNativeQuery("update email_outbox set claimed_by = null, claimed_until = null where id = ?")
                .setParameter(1, id).executeUpdate();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
