package org.onenumber.mobility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.onenumber.mobility.entity.MobileAppSettings;
import org.onenumber.switchadapter.wire.AccountMobility;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switching.control.AccountMobilityContributor;
import org.onenumber.switching.control.AccountMobilityDraft;
import org.onenumber.switching.control.SubscriberContributor;
import org.onenumber.switching.control.SubscriberDraft;

/** Mobility on the switch: a mobility user's extension and video, and the account's Connect Mobility settings. */
@ApplicationScoped
public class MobilityOnSwitch implements SubscriberContributor, AccountMobilityContributor {

    @PersistenceContext
    EntityManager em;

    @Override
    public void contribute(long stationId, SubscriberDraft draft) {
        em.createQuery("select m.mobilityExtension, m.video from MobilityUser m join m.user u where u.station.id = :station",
                        Object[].class)
                .setParameter("station", stationId).getResultStream().findFirst()
                .ifPresent(row -> draft.mobility((String) row[0], (Boolean) row[1]));
        // the Mobile App as its user turned it on: the switch rings its mobile number as the cell phone
        em.createQuery("select a from MobileAppSettings a join fetch a.number where a.user.station.id = :station",
                        MobileAppSettings.class)
                .setParameter("station", stationId).getResultStream().findFirst()
                .ifPresent(app -> draft.endpoint(Endpoint.Kind.CELL, app.getNumber().getE164()).mobileApp(app.settings()));
    }

    @Override
    public void contribute(long accountId, AccountMobilityDraft draft) {
        em.createQuery("select r.name, m.groupName, m.voicemailAccessNumber, n.e164, m.reverseDialNumber, m.handoverNumber"
                        + " from MobilityService m left join m.router r left join m.accessNumber n where m.account.id = :account",
                        Object[].class)
                .setParameter("account", accountId).getResultStream().findFirst()
                .ifPresent(row -> draft.settings(new AccountMobility((String) row[0], (String) row[1], (String) row[2],
                        (String) row[3], (String) row[4], (String) row[5])));
    }

    @Override
    public void contribute(Map<Long, AccountMobilityDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        em.createQuery("select m.account.id, r.name, m.groupName, m.voicemailAccessNumber, n.e164, m.reverseDialNumber,"
                        + " m.handoverNumber from MobilityService m left join m.router r left join m.accessNumber n"
                        + " where m.account.id in :accounts", Object[].class)
                .setParameter("accounts", List.copyOf(drafts.keySet())).getResultStream()
                .forEach(row -> drafts.get((Long) row[0]).settings(new AccountMobility((String) row[1], (String) row[2],
                        (String) row[3], (String) row[4], (String) row[5], (String) row[6])));
    }
}
