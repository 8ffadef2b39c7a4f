package org.onenumber.anywhere.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.control.DialPlan;
import org.onenumber.account.entity.Account;
import org.onenumber.account.entity.AccountError;
import org.onenumber.account.entity.NumberFormat;
import org.onenumber.account.entity.PhoneNumber;
import org.onenumber.account.entity.Site;
import org.onenumber.anywhere.entity.AnywhereError;
import org.onenumber.anywhere.entity.Portal;
import org.onenumber.anywhere.entity.PortalDetails;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.Complaints;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.KeysetCursor;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.Validation;
import org.onenumber.platform.control.Where;
import org.onenumber.security.entity.Role;
import org.onenumber.switching.control.TargetChanged;

/**
 * The Office Anywhere portals of a site, as the guide's Add and Edit dialogs have them: the number is chosen from
 * the account's free inbound numbers when adding and is fixed afterwards; the name defaults to the number; the
 * extension, optional, is claimed in the account's dial plan; the scope is Company or Site, exactly one. Deleting
 * frees the number and the extension. Every change is audited and becomes the portal's desired state on the switch.
 */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
public class Portals {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    @Inject
    DialPlan dialPlan;

    @Inject
    Validation validation;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TargetChanged> targetChanged;

    /** Every field's complaint at once (a form shows each beside its field); the first as a SOAP client reads it. */
    public Portal add(long siteId, PortalDetails details) {
        Complaints complaints = new Complaints();
        complaints.check(() -> validation.check(details));
        Site site = complaints.require(() -> tenancy.site(siteId));
        Account account = site.getAccount();
        complaints.check(() -> PortalDetails.requireScope(details.scope()));
        PhoneNumber number = complaints.check("number", () -> freeNumber(account, PortalDetails.requireNumber(details.number())));
        String extension = blankAsNull(details.extension());
        if (extension != null) {
            extension = complaints.check("extension", () -> dialPlan.requireFree(account, details.extension(), "extension"));
        }
        complaints.throwIfAny();
        String name = details.name() == null || details.name().isBlank() ? number.getDisplay() : details.name().trim();
        Portal portal = new Portal(site, number, name, details.scope());
        em.persist(portal);
        em.flush();
        if (extension != null) {
            dialPlan.claim(account, extension, "extension", DialPlan.Holder.portal(portal.getId(), name));
            portal.useExtension(extension);
        }
        audit.record(account, "Portal", portal.getId(), "ADD", null, portal.snapshot());
        targetChanged.fire(new TargetChanged(portal.switchTarget()));
        return portal;
    }

    /** The name, the extension (blank: none) and the scope; a null field stays as it is. The number is fixed. */
    public Portal modify(long portalId, Long expectedVersion, PortalDetails details) {
        Complaints complaints = new Complaints();
        complaints.check(() -> validation.check(details));
        Portal portal = complaints.require(() -> locked(portalId));
        complaints.require(() -> {
            StaleVersionException.check("Portal " + portalId, expectedVersion, portal.getVersion());
            return portal;
        });
        if (details.number() != null && !details.number().isBlank()
                && !complaints.require(() -> NumberFormat.toE164(details.number(), "number")).equals(portal.getPhoneNumber().getE164())) {
            complaints.refuse(new InvalidInputException(CommonError.INVALID_FIELD, "number",
                    "A portal's number cannot change: delete the portal and add one with the other number."));
        }
        String wanted = details.extension() == null ? portal.getExtension() : blankAsNull(details.extension());
        String extension = wanted == null ? null : complaints.check("extension", () -> dialPlan.requireFree(portal.getAccount(),
                wanted, "extension", DialPlan.Holder.portal(portal.getId(), portal.getName())));
        complaints.throwIfAny();
        var before = portal.snapshot();
        if (details.name() != null) {
            portal.rename(details.name().isBlank() ? portal.getPhoneNumber().getDisplay() : details.name().trim());
        }
        // the dial plan names the portal by its name: claimed anew under the name it has now
        dialPlan.release(DialPlan.Holder.portal(portal.getId(), portal.getName()));
        if (extension != null) {
            dialPlan.claim(portal.getAccount(), extension, "extension", DialPlan.Holder.portal(portal.getId(), portal.getName()));
        }
        portal.useExtension(extension);
        if (details.scope() != null) {
            portal.serve(details.scope());
        }
        em.flush();
        audit.record(portal.getAccount(), "Portal", portal.getId(), "MODIFY", before, portal.snapshot());
        targetChanged.fire(new TargetChanged(portal.switchTarget()));
        return portal;
    }

    /** Deletes the portal: its number is free in the inventory and its extension in the dial plan. */
    public void delete(long portalId, Long expectedVersion) {
        Portal portal = locked(portalId);
        StaleVersionException.check("Portal " + portalId, expectedVersion, portal.getVersion());
        var target = portal.switchTarget();
        audit.record(portal.getAccount(), "Portal", portal.getId(), "DELETE", portal.snapshot(), null);
        dialPlan.release(DialPlan.Holder.portal(portal.getId(), portal.getName()));
        portal.getPhoneNumber().release();
        em.remove(portal);
        em.flush();
        targetChanged.fire(new TargetChanged(target));
    }

    public Portal get(long portalId) {
        return find(portalId);
    }

    /** The site's portals, oldest first. */
    public List<Portal> ofSite(long siteId) {
        Site site = tenancy.site(siteId);
        return em.createQuery("select p from Portal p join fetch p.phoneNumber where p.site = :site order by p.id", Portal.class)
                .setParameter("site", site).getResultList();
    }

    /** The account's portals (of one of its sites when {@code siteId} is given), by site then oldest first. */
    public List<Portal> ofAccount(long accountId, Long siteId) {
        return ofAccount(accountId, siteId, null).items();
    }

    /**
     * A page of {@link #ofAccount(long, Long)} in the same order, keyset on the site and the portal's id; every
     * portal when {@code page} is null.
     */
    public Page<Portal> ofAccount(long accountId, Long siteId, PageRequest page) {
        Where where = listed(accountId, siteId);
        if (page != null && !page.first()) {
            long afterSite;
            try {
                afterSite = Long.parseLong(page.afterKey());
            } catch (NumberFormatException e) {
                throw KeysetCursor.notOurs();
            }
            where.and("p.site.id > :afterSite or (p.site.id = :afterSite and p.id > :after)",
                    Map.of("afterSite", afterSite, "after", page.afterId()));
        }
        var query = em.createQuery("select p from Portal p join fetch p.phoneNumber join fetch p.site s" + where.jpql()
                + " order by s.id, p.id", Portal.class);
        return Page.window(where.bind(query), page, p -> Long.toString(p.getSite().getId()), Portal::getId);
    }

    /** How many portals {@link #ofAccount(long, Long)} lists. */
    public long count(long accountId, Long siteId) {
        Where where = listed(accountId, siteId);
        return where.bind(em.createQuery("select count(p) from Portal p" + where.jpql(), Long.class)).getSingleResult();
    }

    // the site's condition only when one is asked for: PostgreSQL cannot type a null parameter in "is null"
    private Where listed(long accountId, Long siteId) {
        Where where = new Where("p.account = :account", "account", tenancy.account(accountId));
        return siteId == null ? where : where.and("p.site.id = :site", "site", siteId);
    }

    /** The account's free inbound numbers a portal may take, in order. */
    public List<PhoneNumber> freeNumbers(long accountId) {
        Account account = tenancy.account(accountId);
        return em.createQuery("select p from PhoneNumber p where p.account = :account and p.status = :free order by p.e164",
                        PhoneNumber.class)
                .setParameter("account", account).setParameter("free", PhoneNumber.Status.FREE).getResultList();
    }

    /**
     * The portal with its row locked: a modify and a delete of one portal are serialised, so a modify never claims an
     * extension for a portal a concurrent delete removed (it finds the portal gone instead).
     */
    private Portal locked(long portalId) {
        Portal portal = find(portalId);
        return em.createQuery("select p from Portal p where p.id = :id", Portal.class).setParameter("id", portal.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Portal", portalId));
    }

    private Portal find(long portalId) {
        Portal portal = em.find(Portal.class, portalId);
        if (portal == null) {
            throw new NotFoundException("Portal", portalId);
        }
        try {
            tenancy.account(portal.getAccount().getId());
        } catch (NotFoundException elsewhere) {
            throw new NotFoundException("Portal", portalId);
        }
        return portal;
    }

    /** The account's number, taken out of the free inventory for a portal (rolled back with a refused add). */
    private PhoneNumber freeNumber(Account account, String input) {
        String e164 = NumberFormat.toE164(input, "number");
        PhoneNumber number = em.createQuery("select p from PhoneNumber p where p.account = :account and p.e164 = :e164",
                        PhoneNumber.class)
                .setParameter("account", account).setParameter("e164", e164)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new ConflictException(AccountError.NUMBER_NOT_AVAILABLE, "number", NumberFormat.display(e164)
                        + " is not a number of this account's inventory; add it to the inventory first."));
        number.assignToPortal("number");
        return number;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
