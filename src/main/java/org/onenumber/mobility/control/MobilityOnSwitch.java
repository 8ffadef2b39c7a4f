package org.onenumber.mobility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.mobility.entity.MobileAppSettings;
import org.onenumber.platform.control.InList;
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

    /**
     * One query for the stations' mobility users and whether their Mobile App is on; the app's settings and mobile
     * number only for the users who turned it on. In SQL: JPQL's join on {@code s.user} puts the user table after
     * the outer joins that name it.
     */
    @Override
    public void contributeStations(Map<Long, SubscriberDraft> drafts) {
        Map<Long, Long> apps = new HashMap<>();
        for (Object found : SubscriberContributor.inStations(em, "select s.id, m.mobility_extension, m.video, a.id"
                + " from station s left join mobility_user m on m.user_id = s.user_id"
                + " left join mobile_app a on a.user_id = s.user_id where s.id in (:list)", drafts).getResultList()) {
            Object[] row = (Object[]) found;
            long station = ((Number) row[0]).longValue();
            if (row[1] != null) {
                drafts.get(station).mobility((String) row[1], (Boolean) row[2]);
            }
            if (row[3] != null) {
                apps.put(((Number) row[3]).longValue(), station);
            }
        }
        if (!apps.isEmpty()) {
            // the Mobile App as its user turned it on: the switch rings its mobile number as the cell phone
            em.createQuery("select a from MobileAppSettings a join fetch a.number where a.id in :ids",
                            MobileAppSettings.class).setParameter("ids", InList.padded(List.copyOf(apps.keySet()))).getResultList()
                    .forEach(app -> drafts.get(apps.get(app.getId()))
                            .endpoint(Endpoint.Kind.CELL, app.getNumber().getE164()).mobileApp(app.settings()));
        }
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
