package org.onenumber.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    public void contribute(long stationId, SubscriberDraft draft) {
        em.createQuery("select n.e164, s.extension, u.firstName, u.lastName, d.macAddress, u.account.id, u.site.id"
                        + " from Station s join s.user u left join s.phoneNumber n left join s.deskPhone d where s.id = :station",
                        Object[].class)
                .setParameter("station", stationId).getResultStream().findFirst().ifPresent(row -> {
                    draft.station((String) row[0], (String) row[1], row[2] + " " + row[3])
                            .routing(RingSettings.of(RingSettings.PreferredDevice.WORK_PHONE), CallForwarding.NONE, false, true)
                            .place(SwitchTarget.accountKey((Long) row[5]), SwitchTarget.siteKey((Long) row[6]));
                    if (row[4] != null) {
                        draft.endpoint(Endpoint.Kind.DESK, (String) row[4]);
                    }
                });
    }
}
