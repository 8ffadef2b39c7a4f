package org.onenumber.myphone.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onenumber.myphone.entity.CallSettings;
import org.onenumber.myphone.entity.SimRingNumber;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switching.control.SubscriberContributor;
import org.onenumber.switching.control.SubscriberDraft;

/** A user's own call settings are their station's routing on the switch, in place of the station's defaults. */
@ApplicationScoped
public class CallsOnSwitch implements SubscriberContributor {

    @PersistenceContext
    EntityManager em;

    @Override
    public void contribute(long stationId, SubscriberDraft draft) {
        em.createQuery("select c from CallSettings c left join fetch c.simRingNumbers where c.user.station.id = :station",
                        CallSettings.class)
                .setParameter("station", stationId).getResultStream().findFirst()
                .ifPresent(settings -> draft.personalRouting(ring(settings), forwarding(settings), settings.isDoNotDisturb()));
    }

    static RingSettings ring(CallSettings settings) {
        return new RingSettings(RingSettings.PreferredDevice.valueOf(settings.getPreferredDevice().name()),
                settings.getCustomNumber(), settings.getRingNoAnswerSeconds(), settings.isSimultaneousRing(),
                settings.isSimultaneousRing() ? settings.getSimRingNumbers().stream().map(SimRingNumber::getE164).toList()
                        : java.util.List.of());
    }

    static CallForwarding forwarding(CallSettings settings) {
        return new CallForwarding(settings.getForwardAll(), settings.getForwardBusy(), settings.getForwardNoReply(),
                settings.getNoReplySeconds());
    }
}
