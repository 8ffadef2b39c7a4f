package org.onenumber.reconcile.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Repairs a chunk of drift in the chunk's transaction, as the system caller on channel BATCH (each repair audited). */
@Named("repairWriter")
@Dependent
public class RepairWriter extends AbstractItemWriter {

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
    public void writeItems(List<Object> items) {
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        caller.run(() -> {
            ledger.repair(Long.parseLong(runId), job.getExecutionId(), ids);
            return null;
        });
    }
}
