package org.onenumber.billing.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onenumber.platform.control.Channel;
import org.onenumber.security.boundary.SystemCaller;

/**
 * The true-up job's writer: each account's statement, made as the system caller "billing-true-up" scoped to that
 * account, channel BATCH, in a transaction of its own. An account that fails is logged and counted, and the others
 * go on; the job's exit status says how many statements were made and how many accounts failed.
 */
@Named("trueUpStatements")
@Dependent
public class TrueUpStatements extends AbstractItemWriter {

    public static final String PRINCIPAL = "billing-true-up";
    private static final Logger LOG = Logger.getLogger(TrueUpStatements.class.getName());

    @Inject
    @BatchProperty
    String month;

    /** The scheduled run's claim, renewed with each chunk; empty for a run started by hand. */
    @Inject
    @BatchProperty
    String claim;

    @Inject
    SystemCaller systemCaller;

    @Inject
    BillingRun run;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        YearMonth yearMonth = YearMonth.parse(month);
        long[] counts = step.getPersistentUserData() instanceof long[] kept ? kept : new long[3];
        for (Object item : items) {
            AccountRef account = (AccountRef) item;
            try {
                Long statement = systemCaller.run(new SystemCaller.Principal(PRINCIPAL, account.carrierId(), account.accountId(),
                        Channel.BATCH), () -> run.statement(account.accountId(), yearMonth));
                counts[statement == null ? 1 : 0]++;
            } catch (RuntimeException e) {
                counts[2]++;
                LOG.log(Level.WARNING, "billing true-up of account " + account.accountId() + " for " + month + " failed", e);
            }
        }
        if (claim != null && !claim.isBlank()) {
            run.stillWorking(claim);
        }
        step.setPersistentUserData(counts);
        job.setExitStatus(counts[0] + " statements, " + counts[1] + " accounts without charges, " + counts[2] + " failed");
    }
}
