package org.onenumber.switching.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.platform.control.SchemaReady;

/**
 * The embedded switch (onenumber.switch.embedded=true) lives in this process and starts empty, while the database
 * kept from an earlier start (the run command keeps {@code ./data}) records what the earlier process's switch held
 * as applied. Once the schema is ready, before the application takes requests, every target's latest state applied
 * before this process started is queued again ({@link OutboxStore#reopenAppliedBefore}): the sync status says
 * pending until the dispatcher has sent it, and then the switch holds what the database says it does. Without the
 * embedded switch nothing changes: a real switch keeps its state when OneNumber restarts, and license
 * reconciliation finds and repairs what a rebuilt one lost.
 */
@ApplicationScoped
public class EmbeddedSwitchRefill {

    private static final Logger LOG = Logger.getLogger(EmbeddedSwitchRefill.class.getName());

    @Inject
    @ConfigProperty(name = "onenumber.switch.embedded", defaultValue = "false")
    boolean embedded;

    @Inject
    OutboxStore outbox;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (!embedded) {
            return;
        }
        Instant processStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        int reopened = outbox.reopenAppliedBefore(processStart);
        if (reopened > 0) {
            LOG.info(() -> "The embedded switch started empty: " + reopened
                    + " states applied to the switch of an earlier start are queued again");
        }
    }
}
