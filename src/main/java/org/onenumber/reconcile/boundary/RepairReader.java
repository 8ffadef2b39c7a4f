package org.onenumber.reconcile.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.onenumber.reconcile.entity.RunMode;

/**
 * The second step of a run: the ids of its drift not repaired yet, in the order found, a page at a time; nothing for a
 * report run. It keeps no checkpoint of its own: the repaired mark commits with each chunk's repairs, so a restarted
 * run reads exactly the drift still to repair.
 */
@Named("repairReader")
@Dependent
public class RepairReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    @BatchProperty
    String runId;

    @Inject
    RunLedger ledger;

    @Inject
    RunCaller caller;

    private long run;
    private boolean repair;
    private long after;
    private boolean last;
    private final Deque<Long> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        run = Long.parseLong(runId);
        repair = caller.run(() -> ledger.run(run).getMode()) == RunMode.REPAIR;
    }

    @Override
    public Object readItem() {
        if (!repair) {
            return null;
        }
        if (buffer.isEmpty() && !last) {
            var page = caller.run(() -> ledger.unrepaired(run, after, PAGE));
            buffer.addAll(page);
            last = page.size() < PAGE;
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1);
            }
        }
        return buffer.pollFirst();
    }
}
