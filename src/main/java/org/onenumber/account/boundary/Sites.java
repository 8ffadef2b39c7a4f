package org.onenumber.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onenumber.account.control.SiteRemoving;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.Site;
import org.onenumber.account.entity.SiteDetails;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.Validation;
import org.onenumber.security.entity.Role;

@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class Sites {

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<SiteRemoving> siteRemoving;

    @Inject
    AccountScope tenancy;

    @Inject
    Validation validation;

    @Inject
    AuditTrail audit;

    public Site add(long accountId, SiteDetails details) {
        Account account = tenancy.account(accountId);
        validation.check(details);
        Site site = new Site(account, details);
        em.persist(site);
        em.flush();
        audit.record(account, "Site", site.getId(), "ADD", null, site.snapshot());
        return site;
    }

    public Site get(long siteId) {
        return tenancy.site(siteId);
    }

    public Site modify(long siteId, Long expectedVersion, SiteDetails changes) {
        Site site = tenancy.site(siteId);
        StaleVersionException.check("Site " + siteId, expectedVersion, site.getVersion());
        SiteDetails current = site.details();
        SiteDetails merged = validation.check(new SiteDetails(
                changes.name() == null ? current.name() : changes.name(),
                changes.address() == null ? current.address() : changes.address(),
                changes.city() == null ? current.city() : changes.city(),
                changes.country() == null ? current.country() : changes.country(),
                changes.timeZone() == null ? current.timeZone() : changes.timeZone()));
        var before = site.snapshot();
        site.apply(merged);
        em.flush();
        audit.record(site.getAccount(), "Site", site.getId(), "MODIFY", before, site.snapshot());
        return site;
    }

    public void delete(long siteId, Long expectedVersion) {
        Site site = tenancy.site(siteId);
        StaleVersionException.check("Site " + siteId, expectedVersion, site.getVersion());
        long users = em.createQuery("select count(u) from User u where u.site = :site", Long.class)
                .setParameter("site", site).getSingleResult();
        if (users > 0) {
            throw new ConflictException(CommonError.IN_USE, "siteId",
                    "Site " + site.getName() + " still has " + users + " users; move or delete them first.");
        }
        siteRemoving.fire(new SiteRemoving(site));
        audit.record(site.getAccount(), "Site", site.getId(), "DELETE", site.snapshot(), null);
        em.remove(site);
    }

    public Page<Site> list(long accountId, PageRequest page) {
        Account account = tenancy.account(accountId);
        return Page.of(em.createQuery("select s from Site s where s.account = :account and s.id > :after order by s.id", Site.class)
                .setParameter("account", account).setParameter("after", page.afterId())
                .setMaxResults(page.size() + 1).getResultList(), page, Site::getId);
    }

    /** How many sites the account has: the total of {@link #list}. */
    public long count(long accountId) {
        return em.createQuery("select count(s) from Site s where s.account = :account", Long.class)
                .setParameter("account", tenancy.account(accountId)).getSingleResult();
    }

    /** All sites of an account, for pickers (accounts have a handful of sites, not thousands). */
    public List<Site> all(long accountId) {
        Account account = tenancy.account(accountId);
        return em.createQuery("select s from Site s where s.account = :account order by s.name", Site.class)
                .setParameter("account", account).setMaxResults(1000).getResultList();
    }
}
