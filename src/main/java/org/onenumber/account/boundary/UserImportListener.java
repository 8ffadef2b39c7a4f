package org.onenumber.account.boundary;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Marks the import complete when its job completed, failed otherwise (the page then says so). */
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

    @Override
    public void afterJob() {
        try {
            boolean completed = job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.STARTED;
            caller.run(() -> {
                imports.finished(caller.importId(), completed);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "User import " + job.getProperties().getProperty("importId")
                    + " ended; its state could not be recorded", e);
        }
    }
}
