package org.onenumber.anywhere.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.onenumber.anywhere.entity.Portal;
import org.onenumber.anywhere.entity.PortalScope;
import org.onenumber.switchadapter.wire.PortalState;
import org.onenumber.switching.control.PortalContributor;
import org.onenumber.switching.entity.SwitchTarget;

/** A portal as the switch holds it: its number, name, extension, and the account or site whose users it serves. */
@ApplicationScoped
public class PortalOnSwitch implements PortalContributor {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<PortalState> state(long portalId) {
        return em.createQuery("select p from Portal p join fetch p.phoneNumber join fetch p.site where p.id = :id", Portal.class)
                .setParameter("id", portalId).getResultStream().findFirst()
                .map(portal -> new PortalState(portal.getPhoneNumber().getE164(), portal.getName(), portal.getExtension(),
                        portal.getScope() == PortalScope.SITE ? PortalState.Scope.SITE : PortalState.Scope.COMPANY,
                        portal.getScope() == PortalScope.SITE ? SwitchTarget.siteKey(portal.getSite().getId()) : null,
                        SwitchTarget.accountKey(portal.getAccount().getId())));
    }
}
