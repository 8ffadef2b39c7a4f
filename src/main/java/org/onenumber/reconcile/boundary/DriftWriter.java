package org.onenumber.reconcile.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes a chunk of the comparison as the system caller (see {@link RunCaller}): the drift rows, the counts and the
 * run's new position, in the chunk's transaction.
 */
@Named("driftWriter")
@Dependent
public class DriftWriter extends AbstractItemWriter {

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
        long run = Long.parseLong(runId);
        List<Compared> chunk = items.stream().map(Compared.class::cast).toList();
        caller.run(() -> {
            ledger.record(run, job.getExecutionId(), chunk);
            return null;
        });
    }
}
