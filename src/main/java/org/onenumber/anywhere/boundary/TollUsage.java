package org.onenumber.anywhere.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.User;
import org.onenumber.anywhere.control.TollCall;
import org.onenumber.anywhere.control.TollRecords;
import org.onenumber.platform.control.InList;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.PageRequest;
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

    static final int STATIONS_A_QUERY = 1_024;

    /** The account's toll calls through portals in {@code month}, oldest first; a deleted user's calls too. */
    public List<TollCall> month(long accountId, YearMonth month) {
        return month(accountId, month, null).items();
    }

    /** A page of {@link #month(long, YearMonth)} in the same order; every call when {@code page} is null. */
    public Page<TollCall> month(long accountId, YearMonth month, PageRequest page) {
        Account account = tenancy.account(accountId);
        Page<UsageRecord> records = tollRecords.of(account.getId(), month, page);
        Map<String, User> stations = callers(account, records.items());
        return records.map(r -> {
            User user = stations.get(r.getSubscriber());
            return new TollCall(r.getCallId(), r.getRecordedAt(), user == null ? 0 : user.getId(),
                    user == null ? "(deleted user)" : user.displayName(), user == null ? "" : user.getStation().getExtension(),
                    r.getPortal(), r.getDestination(), r.getRateClass(), r.getSeconds());
        });
    }

    /** How many calls {@link #month(long, YearMonth)} lists. */
    public long count(long accountId, YearMonth month) {
        return tollRecords.count(tenancy.account(accountId).getId(), month);
    }

    /**
     * The users who placed these calls, by their station's switch key (a deleted user's station is not there): a
     * query for each {@value #STATIONS_A_QUERY} stations, since a month read whole may name more stations than
     * PostgreSQL takes parameters in one statement.
     */
    private Map<String, User> callers(Account account, List<UsageRecord> records) {
        List<Long> stationIds = records.stream().map(r -> SwitchTarget.stationId(r.getSubscriber()))
                .filter(Objects::nonNull).distinct().toList();
        Map<String, User> stations = new HashMap<>();
        for (List<Long> chunk : InList.chunks(stationIds, STATIONS_A_QUERY)) {
            em.createQuery("select u from User u join fetch u.station s where u.account = :account and s.id in :stations",
                            User.class)
                    .setParameter("account", account).setParameter("stations", InList.padded(chunk)).getResultList()
                    .forEach(u -> stations.put(SwitchTarget.stationKey(u.getStation().getId()), u));
        }
        return stations;
    }
}
