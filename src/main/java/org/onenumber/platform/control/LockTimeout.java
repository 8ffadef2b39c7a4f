package org.onenumber.platform.control;

import java.sql.SQLException;
import java.util.Set;

/**
 * A lock waited for past the lock timeout (10 s, see platform.boundary.Database): another transaction held a record
 * the work needed, and the work was rolled back, having changed nothing. Told apart from other failures so that a
 * caller hears it as what it is, a moment's contention to try again after (TRY_AGAIN on SOAP, a message above the form
 * on a page), not an internal error.
 */
public final class LockTimeout {

    /** H2's lock timeout and PostgreSQL's lock_not_available. */
    private static final Set<String> STATES = Set.of("HYT00", "55P03");

    private LockTimeout() {
    }

    /** Whether a lock waited out is among the causes of {@code failure}. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
