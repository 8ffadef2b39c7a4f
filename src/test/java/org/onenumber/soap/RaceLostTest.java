package org.onenumber.soap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Which failures a request runs once more for (a race a concurrent transaction won) and which it answers as they are.
 * Before, every integrity state (23xxx) counted as a race, so a request that wrote a null into a required column ran
 * twice and, with an idempotency key, was answered IDEMPOTENCY_KEY_IN_PROGRESS: a client told to retry a defect.
 */
class RaceLostTest {

    private static EJBException wrapped(Throwable cause) {
        return new EJBException(new PersistenceException(cause)); // as the container hands a failed commit over
    }

    private static SQLException state(String sqlState) {
        return new SQLException("refused", sqlState);
    }

    @Test
    void aValueOrRowAConcurrentTransactionTookIsARace() {
        for (String sqlState : new String[] {"23505", "23503", "23506", "23P01", "40001", "40P01", "HYT00", "90131"}) {
            assertTrue(SoapCall.isRaceLost(wrapped(state(sqlState))), sqlState);
        }
        assertTrue(SoapCall.isRaceLost(wrapped(new OptimisticLockException("stale"))));
    }

    @Test
    void aNullInARequiredColumnOrAFailedCheckIsNoRace() {
        for (String sqlState : new String[] {"23502", "23514", "23513", "23000", "42P01", "08006"}) {
            assertFalse(SoapCall.isRaceLost(wrapped(state(sqlState))), sqlState);
        }
        assertFalse(SoapCall.isRaceLost(wrapped(new SQLException("no state"))), "an SQL failure without a state");
        assertFalse(SoapCall.isRaceLost(new EJBException("no cause")));
    }

    /** A race lost on the key's own claim is told from one lost on a value the work wrote (a batch document's answer). */
    @Test
    void aRaceOnTheKeysClaimIsToldApart() {
        EJBException onTheKey = new jakarta.ejb.EJBTransactionRolledbackException("rolled back",
                new org.onenumber.platform.boundary.Idempotency.KeyClaimLost(new PersistenceException(state("HYT00"))));
        assertTrue(SoapCall.isRaceLost(onTheKey), "still a race");
        assertTrue(SoapCall.keyClaimLost(onTheKey));
        assertFalse(SoapCall.keyClaimLost(wrapped(state("23505"))), "a value the work wrote");
    }

    /** A lock waited out (H2's and PostgreSQL's states) is a race, and told apart: answered TRY_AGAIN, a server fault. */
    @Test
    void aLockWaitedOutIsToldApartAndIsTheServersToRetry() {
        for (String sqlState : new String[] {"HYT00", "55P03"}) {
            assertTrue(SoapCall.isRaceLost(wrapped(state(sqlState))), sqlState);
            assertTrue(SoapCall.lockTimedOut(wrapped(state(sqlState))), sqlState);
        }
        assertFalse(SoapCall.lockTimedOut(wrapped(state("23505"))), "a unique value taken");
        assertFalse(SoapCall.lockTimedOut(wrapped(new OptimisticLockException("stale"))));
        assertTrue(SoapCall.serverSide(org.onenumber.platform.control.CommonError.TRY_AGAIN));
        assertTrue(SoapCall.serverSide(org.onenumber.platform.control.CommonError.INTERNAL_ERROR));
        assertTrue(SoapCall.serverSide(() -> "TRY_AGAIN"), "as a batch passes a command's code on");
        assertFalse(SoapCall.serverSide(org.onenumber.platform.control.CommonError.STALE_VERSION));
    }
}
