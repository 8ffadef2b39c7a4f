package org.onenumber.switchadapter.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;

/** Starts and stops subscriptions for the resource adapter, which sees only activation specs. */
public final class EventSubscriptions {

    private EventSubscriptions() {
    }

    /** A running subscription. */
    public interface Running {
        void stop();
    }

    public static Running start(WorkManager workManager, MessageEndpointFactory endpoints, ActivationSpec spec)
            throws ResourceException {
        if (!(spec instanceof SwitchActivationSpec switchSpec)) {
            throw new ResourceException("Not a switch activation spec: " + spec);
        }
        EventSubscription subscription = new EventSubscription(endpoints, switchSpec);
        workManager.scheduleWork(subscription, WorkManager.INDEFINITE, null, null);
        return subscription::release;
    }
}
