package org.onenumber.notify.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onenumber.security.control.Tenancy;
import org.onenumber.notify.entity.OutgoingEmail;
import org.onenumber.security.entity.Role;

/** Support reads the outbox of its carrier here (capabilities queue email through {@code EmailQueue}). */
@Stateless
public class EmailOutbox {

    /** How many emails of each status a carrier's accounts have, and the newest reason one is not sent. */
    public record Summary(long queued, long sent, long failed, String lastError) implements Serializable {
    }

    private static final int MAX_RECENT = 200;
    private static final String OF_CARRIER = " e.carrierId = :carrier";

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    /** Emails of one kind queued for an account, whatever became of them; {@code accountId} null counts those of no account. */
    public long countByKind(Long accountId, String kind) {
        String account = accountId == null ? "e.accountId is null" : "e.accountId = :account";
        var query = em.createQuery("select count(e) from OutgoingEmail e where " + account + " and e.kind = :kind", Long.class)
                .setParameter("kind", kind);
        if (accountId != null) {
            query.setParameter("account", accountId);
        }
        return query.getSingleResult();
    }

    /** A page of the emails of the carrier's accounts, or of one account when {@code accountId} is given, newest first. */
    @RolesAllowed(Role.SUPPORT)
    public List<OutgoingEmail> window(Long accountId, int first, int max) {
        return em.createQuery("select e from OutgoingEmail e where" + OF_CARRIER + ofAccount(accountId) + " order by e.id desc",
                        OutgoingEmail.class)
                .setParameter("carrier", tenancy.carrierId())
                .setFirstResult(first).setMaxResults(Math.min(max, MAX_RECENT)).getResultList();
    }

    @RolesAllowed(Role.SUPPORT)
    public long count(Long accountId) {
        return em.createQuery("select count(e) from OutgoingEmail e where" + OF_CARRIER + ofAccount(accountId), Long.class)
                .setParameter("carrier", tenancy.carrierId()).getSingleResult();
    }

    /** The accounts of the carrier that have email in the outbox, id and name, by name: the mailbox's account choice. */
    @RolesAllowed(Role.SUPPORT)
    public List<Object[]> accounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.name from account a where a.carrier_id = ?1 and exists"
                        + " (select 1 from email_outbox e where e.account_id = a.id) order by a.name, a.id")
                .setParameter(1, tenancy.carrierId()).getResultList();
        return rows;
    }

    /** A condition on one account; its id is a number, checked to be the carrier's. */
    private String ofAccount(Long accountId) {
        if (accountId == null) {
            return "";
        }
        tenancy.requireAccount(accountId);
        return " and e.accountId = " + accountId;
    }

    @RolesAllowed(Role.SUPPORT)
    public Summary summary() {
        Map<OutgoingEmail.Status, Long> counts = new EnumMap<>(OutgoingEmail.Status.class);
        em.createQuery("select e.status, count(e) from OutgoingEmail e where" + OF_CARRIER + " group by e.status", Object[].class)
                .setParameter("carrier", tenancy.carrierId())
                .getResultList()
                .forEach(row -> counts.put((OutgoingEmail.Status) row[0], (Long) row[1]));
        OutgoingEmail lastFailure = em.createQuery("select e from OutgoingEmail e where e.lastError is not null and" + OF_CARRIER
                        + " order by e.id desc", OutgoingEmail.class)
                .setParameter("carrier", tenancy.carrierId())
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new Summary(counts.getOrDefault(OutgoingEmail.Status.QUEUED, 0L), counts.getOrDefault(OutgoingEmail.Status.SENT, 0L),
                counts.getOrDefault(OutgoingEmail.Status.FAILED, 0L), lastFailure == null ? null : lastFailure.getLastError());
    }
}
