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
import org.onenumber.security.control.Caller;

/**
 * Every lookup by id goes through here: it adds the caller's carrier (and, for customer admins and
 * end users, their account) to the query, so another tenant's ids behave as not found.
 */
@RequestScoped
public class Tenancy {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

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
        return em.createQuery("select a from Account a where a.id = :id and a.carrier.id = :carrier", Account.class)
                .setParameter("id", accountId).setParameter("carrier", caller.carrierId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Account", accountId));
    }

    public Site site(long siteId) {
        Site site = em.createQuery("select s from Site s join fetch s.account a where s.id = :id and a.carrier.id = :carrier",
                        Site.class)
                .setParameter("id", siteId).setParameter("carrier", caller.carrierId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Site", siteId));
        requireOwnAccount(site.getAccount(), "Site", siteId);
        return site;
    }

    public User user(long userId) {
        User user = em.createQuery("select u from User u join fetch u.account a where u.id = :id and a.carrier.id = :carrier",
                        User.class)
                .setParameter("id", userId).setParameter("carrier", caller.carrierId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("User", userId));
        requireOwnAccount(user.getAccount(), "User", userId);
        return user;
    }

    private void requireOwnAccount(Account account, String what, long id) {
        Long own = caller.accountId();
        if (own != null && !own.equals(account.getId())) {
            throw new NotFoundException(what, id);
        }
    }
}
