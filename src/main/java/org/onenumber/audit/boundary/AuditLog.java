package org.onenumber.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onenumber.security.control.Tenancy;
import org.onenumber.audit.entity.AuditEntry;
import org.onenumber.security.entity.Role;

/** Reading the trail: admins read their account's, support its carrier's. Newest first, paged. */
@Stateless
@RolesAllowed({Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    /** Entries of one account (support: any account of its carrier). */
    public List<AuditEntry> ofAccount(long accountId, int first, int max) {
        tenancy.requireAccount(accountId);
        return em.createQuery("select e from AuditEntry e where e.accountId = :account order by e.occurredAt desc, e.id desc",
                        AuditEntry.class)
                .setParameter("account", accountId)
                .setFirstResult(first).setMaxResults(Math.min(max, 200))
                .getResultList();
    }

    public long countOfAccount(long accountId) {
        tenancy.requireAccount(accountId);
        return em.createQuery("select count(e) from AuditEntry e where e.accountId = :account", Long.class)
                .setParameter("account", accountId).getSingleResult();
    }

    /** The whole carrier's trail, for support only. */
    @RolesAllowed(Role.SUPPORT)
    public List<AuditEntry> ofCarrier(int first, int max) {
        return em.createQuery("select e from AuditEntry e where e.carrierId = :carrier order by e.occurredAt desc, e.id desc",
                        AuditEntry.class)
                .setParameter("carrier", tenancy.carrierId())
                .setFirstResult(first).setMaxResults(Math.min(max, 200))
                .getResultList();
    }

    @RolesAllowed(Role.SUPPORT)
    public long countOfCarrier() {
        return em.createQuery("select count(e) from AuditEntry e where e.carrierId = :carrier", Long.class)
                .setParameter("carrier", tenancy.carrierId()).getSingleResult();
    }
}
