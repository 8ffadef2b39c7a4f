package org.onenumber.reconcile.boundary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
    JobContext job;

    @Inject
    RunCaller caller;

    @Override
    public String process() {
        caller.run(() -> {
            ledger.completed(Long.parseLong(runId), job.getExecutionId());
            return null;
        });
        return "COMPLETED";
    }
}
