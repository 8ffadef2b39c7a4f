package org.onenumber.anywhere.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switching.control.SubscriberContributor;
import org.onenumber.switching.control.SubscriberDraft;

/**
 * An Office Anywhere user's active alternate numbers are endpoints of their station: a call to the business
 * number rings them together with the desk phone. Inactive numbers are not sent; the switch rings what it holds.
 */
@ApplicationScoped
public class AnywhereOnSwitch implements SubscriberContributor {

    @PersistenceContext
    EntityManager em;

    @Override
    public void contribute(long stationId, SubscriberDraft draft) {
        em.createQuery("select n.e164 from AlternateNumber n join n.owner o join o.user u where u.station.id = :station"
                        + " and n.active = true", String.class)
                .setParameter("station", stationId).getResultList()
                .forEach(number -> draft.endpoint(Endpoint.Kind.OFFICE_ANYWHERE, number));
    }
}
