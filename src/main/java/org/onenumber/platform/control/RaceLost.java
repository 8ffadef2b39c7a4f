package org.onenumber.platform.control;

import java.sql.SQLException;
import java.util.Set;

/**
 * Work a concurrent transaction got in the way of: it was rolled back whole, having changed nothing, and the same
 * request sent again meets the records as the winner left them. Told apart from a defect so that a caller hears it as
 * what it is: a SOAP request without a key runs once more, a page says so above the form and keeps what was typed.
 */
public final class RaceLost {

    /**
     * What a concurrent transaction can cause: 23505 a unique value (or the idempotency key) the winner took, 23503 and
     * 23506 a row the winner removed or referred to (PostgreSQL names both 23503; H2 a missing parent 23506), 23P01 an
     * exclusion; HYT00 H2's lock timeout, 55P03 PostgreSQL's, 90131 H2's concurrent update of one row; 40001, 40P01
     * PostgreSQL's serialization failure and deadlock. Not the other integrity states (a null in a required column, a
     * failed check): the same request meets them again, so running it once more only hides a defect behind a
     * misleading answer.
     */
    private static final Set<String> STATES = Set.of("23505", "23503", "23506", "23P01", "HYT00", "90131", "40001",
            "40P01", "55P03");

    private RaceLost() {
    }

    /** A unique value, an optimistic lock or a lock timeout lost to a concurrent transaction, wherever in the causes. */
    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
