package org.onenumber.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.AccountError;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.platform.control.Where;
import org.onenumber.security.entity.Role;

/** An account's number inventory. Adding is all-or-nothing: one bad number refuses the whole list. */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class PhoneNumbers {

    public static final int MAX_PER_REQUEST = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT})
    public List<PhoneNumber> add(long accountId, List<String> inputs) {
        Account account = tenancy.account(accountId);
        if (inputs == null || inputs.isEmpty() || inputs.size() > MAX_PER_REQUEST) {
            throw new InvalidInputException("number", "Give 1 to " + MAX_PER_REQUEST + " numbers.");
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String e164 = NumberFormat.toE164(inputs.get(i), "number[" + i + "]");
            if (!numbers.add(e164)) {
                throw new InvalidInputException(AccountError.DUPLICATE_NUMBER, "number[" + i + "]",
                        NumberFormat.display(e164) + " is given twice.");
            }
        }
        List<String> existing = em.createQuery("select n.e164 from PhoneNumber n where n.e164 in :numbers", String.class)
                .setParameter("numbers", numbers).getResultList();
        if (!existing.isEmpty()) {
            throw new ConflictException(AccountError.DUPLICATE_NUMBER, "number",
                    NumberFormat.display(existing.get(0)) + " is already in an inventory.");
        }
        // a number a user's feature rings (Office Anywhere, Simultaneous Ring) is someone's phone outside this system
        List<String> destinations = em.createQuery("select d.e164 from DestinationNumber d where d.carrierId = :carrier"
                        + " and d.e164 in :numbers", String.class)
                .setParameter("carrier", account.getCarrier().getId()).setParameter("numbers", numbers).getResultList();
        if (!destinations.isEmpty()) {
            throw new ConflictException(AccountError.FEATURE_CONFLICT, "number", NumberFormat.display(destinations.get(0))
                    + " is a phone a user's feature rings outside this system; it cannot join an inventory while it is.");
        }
        List<PhoneNumber> added = new ArrayList<>();
        for (String e164 : numbers) {
            PhoneNumber number = new PhoneNumber(account, e164);
            em.persist(number);
            added.add(number);
        }
        em.flush();
        audit.record(account, "PhoneNumber", null, "ADD", null, Map.of("numbers", List.copyOf(numbers)));
        return added;
    }

    /**
     * Takes free numbers out of the account's inventory, all or none: a number that is assigned, not in this
     * account or given twice refuses the list, naming it.
     */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT})
    public int remove(long accountId, List<String> inputs) {
        Account account = tenancy.account(accountId);
        if (inputs == null || inputs.isEmpty() || inputs.size() > MAX_PER_REQUEST) {
            throw new InvalidInputException("number", "Give 1 to " + MAX_PER_REQUEST + " numbers.");
        }
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            String e164 = NumberFormat.toE164(inputs.get(i), "number[" + i + "]");
            if (positions.putIfAbsent(e164, i) != null) {
                throw new InvalidInputException(AccountError.DUPLICATE_NUMBER, "number[" + i + "]",
                        NumberFormat.display(e164) + " is given twice.");
            }
        }
        Map<String, PhoneNumber> held = new HashMap<>();
        for (PhoneNumber number : em.createQuery("select n from PhoneNumber n where n.account = :account"
                        + " and n.e164 in :numbers", PhoneNumber.class)
                .setParameter("account", account).setParameter("numbers", positions.keySet())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            held.put(number.getE164(), number);
        }
        for (var given : positions.entrySet()) {
            PhoneNumber number = held.get(given.getKey());
            String field = "number[" + given.getValue() + "]";
            if (number == null) {
                throw new BusinessException(CommonError.NOT_FOUND, field,
                        NumberFormat.display(given.getKey()) + " is not in this account's number inventory.");
            }
            if (number.getStatus() != PhoneNumber.Status.FREE) {
                throw new ConflictException(CommonError.IN_USE, field, NumberFormat.display(given.getKey())
                        + " is assigned; release it first.");
            }
        }
        held.values().forEach(em::remove);
        em.flush();
        audit.record(account, "PhoneNumber", null, "REMOVE", Map.of("numbers", List.copyOf(positions.keySet())), null);
        return held.size();
    }

    public Page<PhoneNumber> list(long accountId, PhoneNumber.Status status, PageRequest page) {
        return list(accountId, status, null, null, page);
    }

    /** The account's numbers with that status (any when null) from {@code from} to {@code to} (E.164, inclusive). */
    public Page<PhoneNumber> list(long accountId, PhoneNumber.Status status, String from, String to, PageRequest page) {
        Where where = filter(accountId, status, from, to).and("n.id > :after", "after", page.afterId());
        TypedQuery<PhoneNumber> query = where.bind(em.createQuery("select n from PhoneNumber n left join fetch n.station s"
                + " left join fetch s.user" + where.jpql() + " order by n.id", PhoneNumber.class));
        return Page.of(query.setMaxResults(page.size() + 1).getResultList(), page, PhoneNumber::getId);
    }

    /** How many numbers {@link #list(long, PhoneNumber.Status, String, String, PageRequest)} finds in all its pages. */
    public long count(long accountId, PhoneNumber.Status status, String from, String to) {
        Where where = filter(accountId, status, from, to);
        return where.bind(em.createQuery("select count(n) from PhoneNumber n" + where.jpql(), Long.class)).getSingleResult();
    }

    private Where filter(long accountId, PhoneNumber.Status status, String from, String to) {
        Account account = tenancy.account(accountId);
        String first = Where.present(from) ? NumberFormat.toE164(from, "numberFrom") : null;
        String last = Where.present(to) ? NumberFormat.toE164(to, "numberTo") : null;
        if (first != null && last != null && first.compareTo(last) > 0) {
            throw new InvalidInputException("numberTo", NumberFormat.display(last) + " comes before "
                    + NumberFormat.display(first) + ".");
        }
        Where where = new Where("n.account = :account", "account", account);
        if (status != null) {
            where.and("n.status = :status", "status", status);
        }
        if (first != null) {
            where.and("n.e164 >= :first", "first", first);
        }
        if (last != null) {
            where.and("n.e164 <= :last", "last", last);
        }
        return where;
    }

    /** One number of the carrier's inventories, in any accepted form; NOT_FOUND when none of them has it. */
    public PhoneNumber get(String input) {
        String e164 = NumberFormat.toE164(input, "number");
        return em.createQuery("select n from PhoneNumber n left join fetch n.station s left join fetch s.user"
                        + " where n.e164 = :e164 and n.account.carrier.id = :carrier", PhoneNumber.class)
                .setParameter("e164", e164).setParameter("carrier", tenancy.carrierId()).getResultStream().findFirst()
                .filter(this::mayRead)
                .orElseThrow(() -> new BusinessException(CommonError.NOT_FOUND, "number",
                        NumberFormat.display(e164) + " is not in any of your accounts' number inventories."));
    }

    /** Whether the caller may see the number's account; an account admin hears nothing of another account's. */
    private boolean mayRead(PhoneNumber number) {
        try {
            tenancy.account(number.getAccount().getId());
            return true;
        } catch (BusinessException notTheirs) {
            return false;
        }
    }

    /** Window for the numbers page, newest last. */
    public List<PhoneNumber> window(long accountId, PhoneNumber.Status status, int first, int max) {
        Account account = tenancy.account(accountId);
        TypedQuery<PhoneNumber> query = em.createQuery("select n from PhoneNumber n left join fetch n.station s left join fetch s.user"
                + " where n.account = :account" + (status == null ? "" : " and n.status = :status") + " order by n.e164",
                PhoneNumber.class).setParameter("account", account);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(first).setMaxResults(Math.min(max, 200)).getResultList();
    }

    public long count(long accountId, PhoneNumber.Status status) {
        Account account = tenancy.account(accountId);
        TypedQuery<Long> query = em.createQuery("select count(n) from PhoneNumber n where n.account = :account"
                + (status == null ? "" : " and n.status = :status"), Long.class).setParameter("account", account);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }
}
