package org.onenumber.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.onenumber.platform.control.Channel;
import org.onenumber.security.boundary.SystemCaller;

/**
 * Who an import's job works as: the system caller "user-import" on channel BATCH, scoped to the import's account, so
 * the users it adds are audited as added by the import.
 */
@ApplicationScoped
public class UserImportCaller {

    @Inject
    SystemCaller systemCaller;

    public <T> T run(String carrierId, String accountId, Supplier<T> work) {
        return systemCaller.run(new SystemCaller.Principal("user-import", Long.parseLong(carrierId),
                Long.parseLong(accountId), Channel.BATCH), work);
    }
}
