package org.onenumber.switching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onenumber.platform.control.InList;
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

    /**
     * Records the events of one delivery in order, each seq once (those recorded before change nothing), and
     * returns how many were new. What is already known about them is read in one query each (receipts, then
     * registrations), not one per event, padded so that the deliveries' many lengths are few statements
     * ({@link InList}).
     */
    public int record(List<Event> events) {
        Set<Long> recorded = new HashSet<>(em.createQuery(
                        "select r.seq from SwitchEventReceipt r where r.seq in :seqs", Long.class)
                .setParameter("seqs", InList.padded(events.stream().map(Event::seq).toList())).getResultList());
        List<Event> fresh = events.stream().filter(e -> recorded.add(e.seq())).toList();
        Map<String, DeviceRegistration> registrations = registrations(fresh);
        fresh.forEach(event -> record(event, registrations));
        // written here, not at the commit: the container does not tell the adapter that a commit failed, so a refusal
        // (another instance's receipt of the same seq, a lock timeout) must fail this call, which the adapter sees
        em.flush();
        return fresh.size();
    }

    private Map<String, DeviceRegistration> registrations(List<Event> events) {
        List<String> endpoints = events.stream().map(Event::body)
                .filter(SwitchEvent.RegistrationEvent.class::isInstance)
                .map(body -> ((SwitchEvent.RegistrationEvent) body).endpoint().address()).distinct().toList();
        Map<String, DeviceRegistration> known = new HashMap<>();
        if (!endpoints.isEmpty()) {
            em.createQuery("select d from DeviceRegistration d where d.endpoint in :endpoints", DeviceRegistration.class)
                    .setParameter("endpoints", InList.padded(endpoints)).getResultList()
                    .forEach(registration -> known.put(registration.getEndpoint(), registration));
        }
        return known;
    }

    private void record(Event event, Map<String, DeviceRegistration> registrations) {
        SwitchEvent body = event.body();
        em.persist(new SwitchEventReceipt(event.seq(), body.getClass().getSimpleName(), body.subscriber()));
        if (body instanceof SwitchEvent.RegistrationEvent registration) {
            DeviceRegistration state = registrations.computeIfAbsent(registration.endpoint().address(), endpoint -> {
                DeviceRegistration made = new DeviceRegistration(endpoint, registration.subscriber());
                em.persist(made);
                return made;
            });
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
    }
}
