package org.onenumber.account.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.onenumber.platform.control.Channel;
import org.onenumber.platform.control.SchemaReady;
import org.onenumber.security.boundary.SystemCaller;

/**
 * Goes on with CSV imports that an instance left unfinished: killed, or stopped while an import ran. Such an import
 * keeps its execution's lease until it lapses ({@code onenumber.import.lease-seconds}; a stopped instance gives it up
 * at once); at each start and every minute, every instance looks, and the first whose reservation takes an import
 * starts a new execution, which adds the rows that have no outcome yet: none twice, none left out.
 */
@Singleton
public class UserImportSchedule {

    private static final Logger LOG = Logger.getLogger(UserImportSchedule.class.getName());

    /** Set when the application stops: an import's job cut short then is not a failed import. */
    private static volatile boolean stopping;

    @Inject
    UserImports imports;

    @Inject
    UserImportLedger ledger;

    @Inject
    SystemCaller systemCaller;

    static boolean stopping() {
        return stopping;
    }

    /** At each start, once the schema is there (a business method: the bean is an EJB). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void atStart(@Observes SchemaReady ready) {
        stopping = false;
        resumeStalled();
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each import resumed in a transaction of its own
    void everyMinute() {
        resumeStalled();
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    private void resumeStalled() {
        try {
            systemCaller.run(new SystemCaller.Principal("user-import", 0, null, Channel.BATCH), () -> {
                for (long id : ledger.stalled()) {
                    try {
                        if (imports.resume(id)) {
                            LOG.info(() -> "User import " + id + " resumed: its job had stopped before every row was added");
                        }
                    } catch (RuntimeException e) { // its job did not start: tried again when the reservation lapses
                        LOG.warning("User import " + id + " not resumed: " + e);
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warning("Unfinished user imports not resumed: " + e);
        }
    }
}
