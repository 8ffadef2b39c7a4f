package org.onenumber.account.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.Carrier;
import org.onenumber.account.entity.Site;
import org.onenumber.account.entity.User;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.Where;
import java.util.function.Function;
import org.onenumber.security.control.Caller;
import org.onenumber.security.control.TenantDirectory;
import org.onenumber.security.entity.Login;
import org.onenumber.security.entity.Role;

/**
 * Every lookup of an account, site or user by id goes through here: it adds the caller's carrier (and, for
 * customer admins and end users, their account) to the query, so another tenant's ids behave as not found.
 * It also tells security's tenancy which carrier an account belongs to.
 */
@RequestScoped
public class AccountScope implements TenantDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Override
    public long carrierOf(long accountId) {
        return em.createQuery("select a.carrier.id from Account a where a.id = :id", Long.class)
                .setParameter("id", accountId).getResultStream().findFirst().orElse(-1L);
    }

    public long carrierId() {
        return caller.carrierId();
    }

    public Carrier carrier() {
        return em.find(Carrier.class, caller.carrierId());
    }

    public Account account(long accountId) {
        Long own = caller.accountId();
        if (own != null && own != accountId) {
            throw new NotFoundException("Account", accountId);
        }
        Account account = em.find(Account.class, accountId);
        if (account == null || account.carrierId() != caller.carrierId()) {
            throw new NotFoundException("Account", accountId);
        }
        return account;
    }

    /**
     * The condition that keeps a query of users (alias {@code u}) to the caller's carrier, and to their own account
     * when they have one: for queries that span accounts.
     */
    public Where users() {
        Where where = new Where("u.account.carrier.id = :carrier", "carrier", caller.carrierId());
        Long own = caller.accountId();
        return own == null ? where : where.and("u.account.id = :ownAccount", "ownAccount", own);
    }

    public Site site(long siteId) {
        return scoped(Site.class, siteId, Site::getAccount);
    }

    /** A user of the caller's tenant; an end user may see only themself. */
    public User user(long userId) {
        Login login = caller.login();
        if (login.hasRole(Role.END_USER) && !Long.valueOf(userId).equals(login.getUserId())) {
            throw new NotFoundException("User", userId);
        }
        return scoped(User.class, userId, User::getAccount);
    }

    /**
     * By primary key, so that the transaction's persistence context answers a lookup it already made (a JPQL query
     * would be sent again, after flushing every pending change: an enablement looked its user up four times), and
     * the tenant checked on the entity's account, which the context holds as well.
     */
    private <T> T scoped(Class<T> type, long id, Function<T, Account> accountOf) {
        String entity = type.getSimpleName();
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException(entity, id);
        }
        Account account = accountOf.apply(found);
        Long own = caller.accountId();
        if (account.carrierId() != caller.carrierId() || (own != null && !own.equals(account.getId()))) {
            throw new NotFoundException(entity, id);
        }
        return found;
    }
}
