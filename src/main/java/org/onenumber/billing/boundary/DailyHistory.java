package org.onenumber.billing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.onenumber.account.control.AccountScope;
import org.onenumber.billing.entity.DailySnapshot;
import org.onenumber.billing.entity.DayQuantities;
import org.onenumber.security.entity.Role;

/**
 * What an account held day by day, as its daily snapshots measured it, for the admin home page's chart. A day
 * without a snapshot is absent: nothing here fills it in.
 */
@Stateless
@RolesAllowed({Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class DailyHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    /** What the account's snapshots from {@code first} to {@code last} (UTC days, both included) measured, by day. */
    public SortedMap<LocalDate, DayQuantities> days(long accountId, LocalDate first, LocalDate last) {
        tenancy.account(accountId);
        SortedMap<LocalDate, DayQuantities> days = new TreeMap<>();
        em.createQuery("select s from DailySnapshot s where s.accountId = :account and s.day >= :first and s.day <= :last",
                        DailySnapshot.class)
                .setParameter("account", accountId).setParameter("first", first).setParameter("last", last)
                .getResultList().forEach(s -> days.put(s.getDay(), s.quantities()));
        return days;
    }
}
