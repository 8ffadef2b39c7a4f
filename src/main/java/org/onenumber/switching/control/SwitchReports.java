package org.onenumber.switching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onenumber.switchadapter.wire.CallState;
import org.onenumber.switchadapter.wire.Event;
import org.onenumber.switchadapter.wire.SwitchEvent;
import org.onenumber.switching.entity.ActiveCall;
import org.onenumber.switching.entity.DeviceRegistration;
import org.onenumber.switching.entity.SwitchEventReceipt;
import org.onenumber.switching.entity.UsageRecord;

/**
 * Records switch events in the caller's transaction, each seq once: the adapter redelivers whatever it
 * could not acknowledge, so seeing a seq again is normal and changes nothing.
 */
@ApplicationScoped
public class SwitchReports {

    @PersistenceContext
    EntityManager em;

    /** False when this seq was recorded before. */
    public boolean record(Event event) {
        if (em.find(SwitchEventReceipt.class, event.seq()) != null) {
            return false;
        }
        SwitchEvent body = event.body();
        em.persist(new SwitchEventReceipt(event.seq(), body.getClass().getSimpleName(), body.subscriber()));
        if (body instanceof SwitchEvent.RegistrationEvent registration) {
            String endpoint = registration.endpoint().address();
            DeviceRegistration state = em.find(DeviceRegistration.class, endpoint);
            if (state == null) {
                state = new DeviceRegistration(endpoint, registration.subscriber());
                em.persist(state);
            }
            state.report(registration.registered(), event.seq());
        } else if (body instanceof SwitchEvent.CallStateEvent call) {
            ActiveCall active = em.find(ActiveCall.class, call.callId());
            if (call.state() == CallState.ENDED) {
                if (active != null) {
                    em.remove(active);
                }
            } else {
                if (active == null) {
                    active = new ActiveCall(call.callId(), call.subscriber());
                    em.persist(active);
                }
                active.report(call.state().name(), call.device() == null ? null : call.device().name(), event.seq());
            }
        } else if (body instanceof SwitchEvent.UsageEvent usage && em.find(UsageRecord.class, usage.callId()) == null) {
            UsageRecord record = new UsageRecord(usage.callId(), usage.subscriber(), usage.seconds(), usage.toll(),
                    usage.destination(), usage.rateClass() == null ? null : usage.rateClass().name(), usage.portal(),
                    event.seq());
            // the station's account, as the switch target knows it (it outlives a deleted user)
            em.createNativeQuery("select account_id from switch_target where target_key = ?").setParameter(1, usage.subscriber())
                    .getResultStream().findFirst().ifPresent(account -> record.belongsTo(((Number) account).longValue()));
            em.persist(record);
        }
        return true;
    }
}
