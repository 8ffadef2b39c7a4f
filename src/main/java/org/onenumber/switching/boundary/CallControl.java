package org.onenumber.switching.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.onenumber.platform.control.BusinessException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.switchadapter.api.SwitchConnection;
import org.onenumber.switchadapter.api.SwitchException;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.RoutingTrace;
import org.onenumber.switching.entity.ActiveCall;
import org.onenumber.switching.entity.SwitchError;

/**
 * Imperative call control on the switch: moving an active call between a station's devices. Not versioned like
 * desired state: the switch remembers each command id and answers a repeat with its first result, so a caller that
 * retries with the same id moves the call once. The capability that offers the move checks who may ask first; here
 * only that the call is the station's, as the switch's call events reported it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CallControl {

    @PersistenceContext
    EntityManager em;

    @Inject
    SwitchConnections connections;

    /** The calls the switch last reported active for the station, newest first. */
    public List<ActiveCall> activeCalls(String subscriber) {
        return em.createQuery("select c from ActiveCall c where c.subscriber = :subscriber and c.state <> 'ENDED'"
                        + " order by c.updatedAt desc", ActiveCall.class)
                .setParameter("subscriber", subscriber).getResultList();
    }

    /**
     * How the switch would route a call to {@code businessNumber} now if nobody answered (its own simulation: what it
     * will do, not a second model of it).
     */
    public RoutingTrace simulate(String businessNumber) {
        return simulate(businessNumber, null);
    }

    /** As {@link #simulate(String)}, for a call from {@code caller} (E.164; null: a caller no rule names). */
    public RoutingTrace simulate(String businessNumber, String caller) {
        try (SwitchConnection connection = connections.open()) {
            Response response = connection.simulateCall(businessNumber, caller == null ? "+15550000000" : caller);
            if (!response.isSuccess()) {
                throw new BusinessException(SwitchError.SWITCH_UNAVAILABLE, null, "The switch cannot show the routing yet: "
                        + response.text());
            }
            return response.body(RoutingTrace.class);
        } catch (SwitchException e) {
            throw new BusinessException(SwitchError.SWITCH_UNAVAILABLE, null,
                    "The switch cannot be reached just now; try again in a moment.");
        }
    }

    /** Moves the station's call {@code callId} to {@code target}; the switch's refusal comes back as MOVE_REFUSED. */
    public String move(String subscriber, String callId, Device target, String commandId) {
        return move(subscriber, callId, target, null, commandId);
    }

    /** As {@link #move(String, String, Device, String)}, to one of the subscriber's cell or Office Anywhere numbers. */
    public String move(String subscriber, String callId, Device target, String address, String commandId) {
        ActiveCall call = em.find(ActiveCall.class, callId);
        if (call == null || !call.getSubscriber().equals(subscriber)) {
            throw new NotFoundException("Call", callId);
        }
        try (SwitchConnection connection = connections.open()) {
            Response response = connection.moveCall(commandId, callId, target, address);
            if (!response.isSuccess()) {
                throw new BusinessException(SwitchError.MOVE_REFUSED, "callId", "The switch did not move the call: "
                        + response.text());
            }
            return response.text();
        } catch (SwitchException e) {
            throw new BusinessException(SwitchError.SWITCH_UNAVAILABLE, null,
                    "The switch cannot be reached just now; nothing was moved. Try again in a moment.");
        }
    }
}
