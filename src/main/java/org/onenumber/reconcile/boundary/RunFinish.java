package org.onenumber.reconcile.boundary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.onenumber.platform.control.Channel;
import org.onenumber.security.boundary.SystemCaller;

/** The run compared everything: it is complete and gives up the lock. */
@Named("runFinish")
@Dependent
public class RunFinish extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    RunLedger ledger;

    @Inject
    SystemCaller systemCaller;

    @Override
    public String process() {
        systemCaller.run(new SystemCaller.Principal("license-reconciliation", 0, null, Channel.BATCH), () -> {
            ledger.completed(Long.parseLong(runId));
            return null;
        });
        return "COMPLETED";
    }
}
