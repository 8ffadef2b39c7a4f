package org.onenumber.account.boundary;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.onenumber.platform.control.Channel;
import org.onenumber.security.boundary.SystemCaller;

/**
 * The import an import job's step works on, read from the job's properties (META-INF/batch-jobs/user-import.xml), and
 * who it works as: the system caller "user-import" on channel BATCH, scoped to the import's account, so the users it
 * adds are audited as added by the import. Injected into the job's reader, writer and listener, on the job's thread.
 */
@Dependent
public class UserImportCaller {

    @Inject
    SystemCaller systemCaller;

    @Inject
    JobContext job;

    public long importId() {
        return property("importId");
    }

    /** This job execution: the one that holds the import while it adds its rows ({@link UserImportLedger#claim}). */
    public long executionId() {
        return job.getExecutionId();
    }

    public long accountId() {
        return property("accountId");
    }

    public <T> T run(Supplier<T> work) {
        return systemCaller.run(new SystemCaller.Principal("user-import", property("carrierId"), accountId(),
                Channel.BATCH), work);
    }

    private long property(String name) {
        return Long.parseLong(job.getProperties().getProperty(name));
    }
}
