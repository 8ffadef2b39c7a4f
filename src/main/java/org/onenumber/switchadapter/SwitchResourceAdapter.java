package org.onenumber.switchadapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.transaction.xa.XAResource;
import org.onenumber.switchadapter.inbound.EventSubscriptions;

/** The adapter's lifecycle: a work manager for the event subscriptions, one per activated bean. */
@Connector(displayName = "OneNumber switch adapter", vendorName = "OneNumber", eisType = "Hosted PBX switch",
        version = "1.0", transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class SwitchResourceAdapter implements ResourceAdapter {

    private WorkManager workManager;
    private final Map<ActivationSpec, EventSubscriptions.Running> active = new ConcurrentHashMap<>();

    @Override
    public void start(BootstrapContext context) {
        this.workManager = context.getWorkManager();
    }

    @Override
    public void stop() {
        active.values().forEach(EventSubscriptions.Running::stop);
        active.clear();
    }

    @Override
    public void endpointActivation(MessageEndpointFactory endpoints, ActivationSpec spec) throws ResourceException {
        spec.validate();
        active.put(spec, EventSubscriptions.start(workManager, endpoints, spec));
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory endpoints, ActivationSpec spec) {
        EventSubscriptions.Running running = active.remove(spec);
        if (running != null) {
            running.stop();
        }
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }
}
