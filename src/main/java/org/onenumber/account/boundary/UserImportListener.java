package org.onenumber.account.boundary;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Marks the import complete when its job completed, failed otherwise (the page then says so); only the execution that
 * holds the import does. A job cut short because its instance is stopping leaves the import running and gives up its
 * lease at once: the next start, or another instance, goes on with it ({@link UserImportSchedule}).
 */
@Named("userImportListener")
@Dependent
public class UserImportListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(UserImportListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    UserImportCaller caller;

    @Inject
    UserImports imports;

    @Inject
    UserImportLedger ledger;

    @Override
    public void afterJob() {
        try {
            boolean completed = job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.STARTED;
            caller.run(() -> {
                if (!completed && UserImportSchedule.stopping()) {
                    ledger.release(caller.importId(), caller.executionId());
                } else {
                    imports.finished(caller.importId(), caller.executionId(), completed);
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "User import " + job.getProperties().getProperty("importId")
                    + " ended; its state could not be recorded", e);
        }
    }
}
