package org.onenumber.license.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    public void contribute(long stationId, SubscriberDraft draft) {
        em.createQuery("select l.deviceIdentity from ClientLicense l where l.station.id = :station and l.status = :shared",
                        String.class)
                .setParameter("station", stationId).setParameter("shared", ClientLicense.Status.SHARED)
                .getResultList().forEach(identity -> draft.endpoint(Endpoint.Kind.MOBILE_CLIENT, identity));
    }
}
