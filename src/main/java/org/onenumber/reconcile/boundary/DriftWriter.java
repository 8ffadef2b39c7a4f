package org.onenumber.reconcile.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.onenumber.platform.control.Channel;
import org.onenumber.security.boundary.SystemCaller;

/**
 * Writes a chunk as the system caller "license-reconciliation" on channel BATCH, so every repair's audit entry says
 * who and how: the drift rows, the repairs, the counts and the run's new position, in the chunk's transaction.
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
    SystemCaller systemCaller;

    @Override
    public void writeItems(List<Object> items) {
        long run = Long.parseLong(runId);
        List<Compared> chunk = items.stream().map(Compared.class::cast).toList();
        systemCaller.run(new SystemCaller.Principal("license-reconciliation", 0, null, Channel.BATCH), () -> {
            ledger.record(run, chunk);
            return null;
        });
    }
}
