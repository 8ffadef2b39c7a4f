package org.onenumber.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onenumber.account.control.Tenancy;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.Device;
import org.onenumber.security.entity.Role;

/** The account's devices, for the Devices page. */
@Stateless
@RolesAllowed({Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class Devices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    public List<Device> window(long accountId, int first, int max) {
        Account account = tenancy.account(accountId);
        return em.createQuery("select d from Device d join fetch d.station s join fetch s.user u left join fetch s.phoneNumber"
                        + " where d.account = :account order by s.extension", Device.class)
                .setParameter("account", account)
                .setFirstResult(first).setMaxResults(Math.min(max, 200)).getResultList();
    }

    public long count(long accountId) {
        Account account = tenancy.account(accountId);
        return em.createQuery("select count(d) from Device d where d.account = :account", Long.class)
                .setParameter("account", account).getSingleResult();
    }
}
