package org.onenumber.reconcile.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.onenumber.platform.control.Channel;
import org.onenumber.security.boundary.SystemCaller;

/**
 * Who the job's steps work as: the system caller "license-reconciliation" on channel BATCH, so every repair's audit
 * entry says who and how.
 */
@ApplicationScoped
public class RunCaller {

    static final SystemCaller.Principal PRINCIPAL = new SystemCaller.Principal("license-reconciliation", 0, null,
            Channel.BATCH);

    @Inject
    SystemCaller systemCaller;

    public <T> T run(Supplier<T> work) {
        return systemCaller.run(PRINCIPAL, work);
    }
}
