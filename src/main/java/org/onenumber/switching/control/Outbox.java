package org.onenumber.switching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import org.onenumber.account.control.StationChanged;
import org.onenumber.account.entity.User;
import org.onenumber.switchadapter.wire.ApplySubscriber;
import org.onenumber.switchadapter.wire.SubscriberState;
import org.onenumber.switchadapter.wire.WireCodec;
import org.onenumber.switching.entity.SwitchCommand;

/**
 * Writes switch commands in the caller's transaction, next to the change they follow from: either both
 * commit or neither, so the switch is never told of a change that did not happen, nor left out of one.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    void onStationChanged(@Observes StationChanged change) {
        if (change.removed()) {
            subscriberRemoved(change.user());
        } else {
            subscriberChanged(change.user());
        }
    }

    /** The user's station as it now stands in the database. */
    public void subscriberChanged(User user) {
        SubscriberState state = SubscriberStates.of(user);
        String key = SubscriberStates.key(user.getStation());
        String payload = new String(WireCodec.encode(new ApplySubscriber("outbox", key, 0, state)), StandardCharsets.UTF_8);
        em.persist(new SwitchCommand(user.getAccount().getId(), SwitchCommand.TargetKind.SUBSCRIBER, key,
                SwitchCommand.Operation.APPLY, payload));
    }

    /** The user's station is gone. */
    public void subscriberRemoved(User user) {
        em.persist(new SwitchCommand(user.getAccount().getId(), SwitchCommand.TargetKind.SUBSCRIBER,
                SubscriberStates.key(user.getStation()), SwitchCommand.Operation.REMOVE, null));
    }
}
