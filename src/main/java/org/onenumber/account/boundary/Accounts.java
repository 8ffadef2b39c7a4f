package org.onenumber.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.onenumber.account.control.AccountRemoving;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.Site;
import org.onenumber.account.entity.AccountDetails;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.platform.control.Where;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.Validation;
import org.onenumber.security.entity.Role;

/** A carrier's accounts: created and changed by the carrier (SOAP) and seen by its support staff. */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT})
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<AccountRemoving> accountRemoving;

    @Inject
    AccountScope tenancy;

    @Inject
    Validation validation;

    @Inject
    AuditTrail audit;

    @RolesAllowed(Role.CARRIER_API)
    public Account add(AccountDetails details) {
        validation.check(details);
        Account account = new Account(tenancy.carrier(), details);
        em.persist(account);
        em.flush();
        audit.record(account, "Account", account.getId(), "ADD", null, account.snapshot());
        return account;
    }

    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public Account get(long accountId) {
        return tenancy.account(accountId);
    }

    @RolesAllowed(Role.CARRIER_API)
    public Account modify(long accountId, Long expectedVersion, String name, String externalReference) {
        Account account = tenancy.account(accountId);
        StaleVersionException.check("Account " + accountId, expectedVersion, account.getVersion());
        AccountDetails current = account.details();
        AccountDetails changed = validation.check(new AccountDetails(
                name == null ? current.name() : name,
                externalReference == null ? current.externalReference() : externalReference));
        var before = account.snapshot();
        account.apply(changed);
        em.flush();
        audit.record(account, "Account", account.getId(), "MODIFY", before, account.snapshot());
        return account;
    }

    /**
     * Whether the account's people need an access code by email after their password to sign in to the web
     * pages; set by the account's admins and the carrier's support, not over SOAP.
     */
    @RolesAllowed({Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public Account requireAccessCode(long accountId, boolean required) {
        return requireAccessCode(accountId, null, required);
    }

    /**
     * As {@link #requireAccessCode(long, boolean)}, refused (STALE_VERSION, nothing changed) unless the setting is still
     * {@code shown}, what the admin's page showed: a page left open does not undo what another admin set meanwhile
     * (access codes turned off again unnoticed).
     */
    @RolesAllowed({Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public Account requireAccessCode(long accountId, Boolean shown, boolean required) {
        Account account = tenancy.account(accountId);
        if (shown != null && account.isAccessCodeRequired() != shown) {
            throw new ConflictException(CommonError.STALE_VERSION, "accessCodeRequired", "Nothing was saved: this setting"
                    + " was changed since the page was shown, and an access code is now " + (account.isAccessCodeRequired()
                    ? "required" : "not required") + ". Reload the page, then change it if you still want to.");
        }
        if (account.isAccessCodeRequired() == required) {
            return account;
        }
        var before = account.signInSnapshot();
        account.requireAccessCode(required);
        em.flush();
        audit.record(account, "Account", account.getId(), "SIGN_IN_SETTINGS", before, account.signInSnapshot());
        return account;
    }

    /** Only an account without users can go; its (empty) sites and free numbers go with it. */
    @RolesAllowed(Role.CARRIER_API)
    public void delete(long accountId, Long expectedVersion) {
        Account account = tenancy.account(accountId);
        StaleVersionException.check("Account " + accountId, expectedVersion, account.getVersion());
        long users = em.createQuery("select count(u) from User u where u.account = :account", Long.class)
                .setParameter("account", account).getSingleResult();
        if (users > 0) {
            throw new ConflictException(CommonError.IN_USE, "accountId",
                    "Account " + accountId + " still has " + users + " users; delete them first.");
        }
        accountRemoving.fire(new AccountRemoving(account));
        audit.record(account, "Account", account.getId(), "DELETE", account.snapshot(), null);
        em.createQuery("delete from Login l where l.accountId = :id").setParameter("id", account.getId()).executeUpdate();
        em.createQuery("delete from PhoneNumber n where n.account = :account").setParameter("account", account).executeUpdate();
        // the sites one by one, not in a bulk delete: a site this transaction loaded before (a batch document's earlier
        // command) must be gone from it too, or a later command would still find it by id
        em.createQuery("select s from Site s where s.account = :account", Site.class).setParameter("account", account)
                .getResultList().forEach(em::remove);
        em.remove(account);
    }

    /**
     * The time zone the account's times are shown in: that of its first site that names one (sites hold the zones),
     * UTC when none does.
     */
    @RolesAllowed({Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public ZoneId timeZone(long accountId) {
        Account account = tenancy.account(accountId);
        return em.createQuery("select s.timeZone from Site s where s.account = :account and s.timeZone is not null"
                        + " order by s.id", String.class)
                .setParameter("account", account).setMaxResults(1).getResultStream()
                .findFirst().map(ZoneId::of).orElse(ZoneOffset.UTC);
    }

    public Page<Account> list(String nameContains, PageRequest page) {
        return list(nameContains, null, page);
    }

    /** The carrier's accounts whose name contains {@code nameContains} and whose external reference is the one given. */
    public Page<Account> list(String nameContains, String externalReference, PageRequest page) {
        Where where = filter(nameContains, externalReference).and("a.id > :after", "after", page.afterId());
        var query = where.bind(em.createQuery("select a from Account a" + where.jpql() + " order by a.id", Account.class))
                .setMaxResults(page.size() + 1);
        return Page.of(query.getResultList(), page, Account::getId);
    }

    /** How many accounts {@link #list(String, String, PageRequest)} finds in all its pages. */
    public long count(String nameContains, String externalReference) {
        Where where = filter(nameContains, externalReference);
        return where.bind(em.createQuery("select count(a) from Account a" + where.jpql(), Long.class)).getSingleResult();
    }

    private Where filter(String nameContains, String externalReference) {
        Where where = new Where("a.carrier.id = :carrier", "carrier", tenancy.carrierId());
        if (Where.present(nameContains)) {
            where.and(Where.like("lower(a.name)", "name"), "name", Where.containing(nameContains));
        }
        if (Where.present(externalReference)) {
            where.and("a.externalReference = :reference", "reference", externalReference.trim());
        }
        return where;
    }
}
