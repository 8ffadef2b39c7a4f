package org.onenumber.license.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.onenumber.license.entity.ClientLicense;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switching.control.SubscriberContributor;
import org.onenumber.switching.control.SubscriberDraft;

/** Each mobile client license shared to a station is one of its VoIP endpoints on the switch. */
@ApplicationScoped
public class ClientsOnSwitch implements SubscriberContributor {

    @PersistenceContext
    EntityManager em;

    @Override
    public void contributeStations(Map<Long, SubscriberDraft> drafts) {
        em.createQuery("select l.station.id, l.deviceIdentity from ClientLicense l where l.station.id in :stations"
                        + " and l.status = :shared", Object[].class)
                .setParameter("stations", SubscriberContributor.stations(drafts)).setParameter("shared", ClientLicense.Status.SHARED)
                .getResultList().forEach(row -> drafts.get((Long) row[0]).endpoint(Endpoint.Kind.MOBILE_CLIENT, (String) row[1]));
    }
}
