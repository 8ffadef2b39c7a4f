package org.onenumber.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switching.control.SubscriberContributor;
import org.onenumber.switching.control.SubscriberDraft;
import org.onenumber.switching.entity.SwitchTarget;

/**
 * The station itself on the switch: business number, extension, the user's name, the desk phone, and the
 * routing a station has until its user chooses otherwise (calls ring the work phone, no forwarding, voicemail
 * on). A station that no longer exists contributes nothing, and the switch is told to remove it.
 */
@ApplicationScoped
public class StationOnSwitch implements SubscriberContributor {

    @PersistenceContext
    EntityManager em;

    @Override
    public void contributeStations(Map<Long, SubscriberDraft> drafts) {
        em.createQuery("select s.id, n.e164, s.extension, u.firstName, u.lastName, d.macAddress, u.account.id, u.site.id"
                        + " from Station s join s.user u left join s.phoneNumber n left join s.deskPhone d"
                        + " where s.id in :stations", Object[].class)
                .setParameter("stations", SubscriberContributor.stations(drafts)).getResultList().forEach(row -> {
                    SubscriberDraft draft = drafts.get((Long) row[0]);
                    draft.station((String) row[1], (String) row[2], row[3] + " " + row[4])
                            .routing(RingSettings.of(RingSettings.PreferredDevice.WORK_PHONE), CallForwarding.NONE, false, true)
                            .place(SwitchTarget.accountKey((Long) row[6]), SwitchTarget.siteKey((Long) row[7]));
                    if (row[5] != null) {
                        draft.endpoint(Endpoint.Kind.DESK, (String) row[5]);
                    }
                });
    }
}
