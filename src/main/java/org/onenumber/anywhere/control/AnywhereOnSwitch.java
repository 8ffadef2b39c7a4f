package org.onenumber.anywhere.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
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
    public void contributeStations(Map<Long, SubscriberDraft> drafts) {
        em.createQuery("select u.station.id, n.e164 from AlternateNumber n join n.owner o join o.user u"
                        + " where u.station.id in :stations and n.active = true", Object[].class)
                .setParameter("stations", SubscriberContributor.stations(drafts)).getResultList()
                .forEach(row -> drafts.get((Long) row[0]).endpoint(Endpoint.Kind.OFFICE_ANYWHERE, (String) row[1]));
    }
}
