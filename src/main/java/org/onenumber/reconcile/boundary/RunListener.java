package org.onenumber.reconcile.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onenumber.platform.control.Channel;
import org.onenumber.security.boundary.SystemCaller;

/** A job that ends without its last step (an error, a stop) leaves its run FAILED at its position, restartable. */
@Named("runListener")
@Dependent
public class RunListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(RunListener.class.getName());

    @Inject
    @BatchProperty
    String runId;

    @Inject
    JobContext job;

    @Inject
    RunLedger ledger;

    @Inject
    SystemCaller systemCaller;

    @Override
    public void afterJob() {
        try {
            systemCaller.run(new SystemCaller.Principal("license-reconciliation", 0, null, Channel.BATCH), () -> {
                long run = Long.parseLong(runId);
                if (!ledger.run(run).getStatus().finished()) {
                    ledger.failed(run, job.getExecutionId(), "The job ended " + job.getBatchStatus() + (job.getExitStatus() == null ? ""
                            : " (" + job.getExitStatus() + ")") + " before comparing everything; restart it to resume.");
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reconciliation run " + runId + " ended; its state could not be recorded", e);
        }
    }
}
