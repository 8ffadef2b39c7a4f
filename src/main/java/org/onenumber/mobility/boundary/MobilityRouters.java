package org.onenumber.mobility.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.onenumber.switching.control.TargetChanged;
import org.onenumber.switching.entity.SwitchTarget;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.onenumber.account.control.AccountScope;
import org.onenumber.account.entity.Carrier;
import org.onenumber.audit.control.AuditTrail;
import org.onenumber.mobility.entity.MobilityRouter;
import org.onenumber.mobility.entity.RouterDetails;
import org.onenumber.platform.control.StaleVersionException;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.KeysetCursor;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.platform.control.Validation;
import org.onenumber.platform.control.Where;
import org.onenumber.security.entity.Role;

/** The carrier's catalogue of mobility routers (SMR1, SMR2, ...), kept by the carrier and its support. */
@Stateless
@RolesAllowed({Role.CARRIER_API, Role.SUPPORT})
public class MobilityRouters {

    @Inject
    Event<TargetChanged> targetChanged;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountScope tenancy;

    @Inject
    Validation validation;

    @Inject
    AuditTrail audit;

    public MobilityRouter add(RouterDetails details) {
        validation.check(details);
        Carrier carrier = tenancy.carrier();
        requireFreeName(carrier, details.name().trim(), null);
        MobilityRouter router = new MobilityRouter(carrier, details);
        em.persist(router);
        em.flush();
        audit.recordFor(carrier.getId(), null, "MobilityRouter", router.getId(), "ADD", null, router.snapshot());
        return router;
    }

    public MobilityRouter modify(String name, RouterDetails details) {
        return modify(name, null, details);
    }

    /** As {@link #modify(String, RouterDetails)}, refused (STALE_VERSION) unless the router is at that version. */
    public MobilityRouter modify(String name, Long expectedVersion, RouterDetails details) {
        validation.check(details);
        MobilityRouter router = byName(name);
        StaleVersionException.check("Mobility router " + name, expectedVersion, router.getVersion());
        requireFreeName(router.getCarrier(), details.name().trim(), router);
        var before = router.snapshot();
        router.apply(details);
        em.flush();
        audit.recordFor(router.getCarrier().getId(), null, "MobilityRouter", router.getId(), "MODIFY", before, router.snapshot());
        // every account provisioned with this router holds its name on the switch
        em.createQuery("select m.account.id from MobilityService m where m.router = :router", Long.class)
                .setParameter("router", router).getResultList()
                .forEach(account -> targetChanged.fire(new TargetChanged(
                        SwitchTarget.accountMobility(router.getCarrier().getId(), account))));
        return router;
    }

    public void delete(String name) {
        delete(name, null);
    }

    /** As {@link #delete(String)}, refused (STALE_VERSION) unless the router is at that version. */
    public void delete(String name, Long expectedVersion) {
        MobilityRouter router = byName(name);
        StaleVersionException.check("Mobility router " + name, expectedVersion, router.getVersion());
        long accounts = em.createQuery("select count(m) from MobilityService m where m.router = :router", Long.class)
                .setParameter("router", router).getSingleResult();
        if (accounts > 0) {
            throw new ConflictException(CommonError.IN_USE, "name", "Mobility router " + router.getName() + " is assigned to "
                    + accounts + " account" + (accounts == 1 ? "" : "s") + "; assign them another one first.");
        }
        audit.recordFor(router.getCarrier().getId(), null, "MobilityRouter", router.getId(), "DELETE", router.snapshot(), null);
        em.remove(router);
    }

    /** The carrier's routers by name. */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public List<MobilityRouter> list() {
        return list(null).items();
    }

    /** A page of {@link #list()} in the same order, keyset on the name and the id; every router when {@code page} is null. */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public Page<MobilityRouter> list(PageRequest page) {
        Where where = ofCarrier();
        if (page != null && !page.first()) {
            if (page.afterKey() == null) {
                throw KeysetCursor.notOurs(); // this list writes every cursor with the last router's name
            }
            where.and("r.name > :afterName or (r.name = :afterName and r.id > :after)",
                    Map.of("afterName", page.afterKey(), "after", page.afterId()));
        }
        var query = em.createQuery("select r from MobilityRouter r" + where.jpql() + " order by r.name, r.id", MobilityRouter.class);
        return Page.window(where.bind(query), page, MobilityRouter::getName, MobilityRouter::getId);
    }

    /** How many routers {@link #list()} lists. */
    @RolesAllowed({Role.CARRIER_API, Role.SUPPORT, Role.DECISION_MAKER, Role.PHONE_MANAGER})
    public long count() {
        Where where = ofCarrier();
        return where.bind(em.createQuery("select count(r) from MobilityRouter r" + where.jpql(), Long.class)).getSingleResult();
    }

    private Where ofCarrier() {
        return new Where("r.carrier.id = :carrier", "carrier", tenancy.carrierId());
    }

    public MobilityRouter byName(String name) {
        return em.createQuery("select r from MobilityRouter r where r.carrier.id = :carrier and r.name = :name", MobilityRouter.class)
                .setParameter("carrier", tenancy.carrierId()).setParameter("name", name == null ? "" : name.trim())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Mobility router", name));
    }

    private void requireFreeName(Carrier carrier, String name, MobilityRouter except) {
        boolean taken = em.createQuery("select r from MobilityRouter r where r.carrier = :carrier and r.name = :name", MobilityRouter.class)
                .setParameter("carrier", carrier).setParameter("name", name)
                .getResultStream().anyMatch(r -> r != except);
        if (taken) {
            throw new ConflictException(CommonError.INVALID_FIELD, "name", "There is already a mobility router named " + name + ".");
        }
    }
}
