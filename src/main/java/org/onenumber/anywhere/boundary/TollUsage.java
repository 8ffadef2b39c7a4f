package org.onenumber.anywhere.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.User;
import org.onenumber.anywhere.control.TollCall;
import org.onenumber.anywhere.control.TollRecords;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.entity.SwitchTarget;
import org.onenumber.switching.entity.UsageRecord;

/**
 * The toll usage of Office Anywhere: long distance and international calls placed through a portal, as the switch
 * reported them (once per call), per account and calendar month (UTC), for the invoice and its CSV. The billing
 * batch job reads the same.
 */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class TollUsage {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    @Inject
    TollRecords tollRecords;

    /** The account's toll calls through portals in {@code month}, oldest first; a deleted user's calls too. */
    public List<TollCall> month(long accountId, YearMonth month) {
        Account account = tenancy.account(accountId);
        List<UsageRecord> records = tollRecords.of(account.getId(), month);
        if (records.isEmpty()) {
            return List.of();
        }
        Map<String, User> stations = new HashMap<>();
        em.createQuery("select u from User u join fetch u.station where u.account = :account", User.class)
                .setParameter("account", account).getResultList()
                .forEach(u -> stations.put(SwitchTarget.stationKey(u.getStation().getId()), u));
        List<TollCall> calls = new ArrayList<>();
        for (UsageRecord r : records) {
            User user = stations.get(r.getSubscriber());
            calls.add(new TollCall(r.getCallId(), r.getRecordedAt(), user == null ? 0 : user.getId(),
                    user == null ? "(deleted user)" : user.displayName(), user == null ? "" : user.getStation().getExtension(),
                    r.getPortal(), r.getDestination(), r.getRateClass(), r.getSeconds()));
        }
        return calls;
    }
}
