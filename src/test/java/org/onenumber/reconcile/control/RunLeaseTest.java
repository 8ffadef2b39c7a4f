package org.onenumber.reconcile.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onenumber.testsupport.MigratedH2.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.testsupport.MigratedH2;

/**
 * The reconciliation lock's statements on the real schema (embedded H2, the application's migrations), as
 * {@code RunLedger} sends them: one run at a time, one job execution of it at a time, and an execution whose lease a
 * restart took records nothing more. Time is a parameter of every statement, so a lapsed lease needs no waiting.
 */
class RunLeaseTest {

    private static final long RUN = 41;
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 1, 2, 30);
    private static final long LEASE_MINUTES = 2;

    @RegisterExtension
    final MigratedH2 db = new MigratedH2("lease");

    private static int take(Connection c, long run, LocalDateTime now) throws SQLException {
        return update(c, RunLease.TAKE, run, now.plusMinutes(LEASE_MINUTES), now);
    }

    private static int claim(Connection c, long run, long execution, LocalDateTime now) throws SQLException {
        return update(c, RunLease.CLAIM, execution, now.plusMinutes(LEASE_MINUTES), run);
    }

    private static int renew(Connection c, long run, long execution, LocalDateTime now) throws SQLException {
        return update(c, RunLease.RENEW, now.plusMinutes(LEASE_MINUTES), run, execution);
    }

    private static String holder(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select run_id, execution_id from reconciliation_lock");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getObject(1) + "/" + rs.getObject(2);
        }
    }

    @Test
    void aRunWhoseLeaseARestartJustTookIsNotTakenAgainByASecondRestart() throws SQLException {
        Connection c = db.connection(true);
        assertEquals(1, take(c, RUN, T0));
        assertEquals(1, claim(c, RUN, 10, T0));
        LocalDateTime lapsed = T0.plusMinutes(LEASE_MINUTES + 1); // the instance of execution 10 died
        assertEquals(1, take(c, RUN, lapsed), "the minute tick of one instance restarts the run");
        assertEquals(0, take(c, RUN, lapsed.plusSeconds(1)), "the tick of another instance, or support's Restart,"
                + " a second later: the run already has a restart waiting for its execution");
        assertEquals("41/null", holder(c));
    }

    @Test
    void twoRestartsAtTheSameMomentTakeTheLockOnce() throws Exception {
        Connection setUp = db.connection(true);
        take(setUp, RUN, T0);
        claim(setUp, RUN, 10, T0);
        LocalDateTime lapsed = T0.plusMinutes(LEASE_MINUTES + 1);
        Connection first = db.connection(false);
        Connection second = db.connection(false);
        assertEquals(1, take(first, RUN, lapsed));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> other = pool.submit(() -> {
                int taken = take(second, RUN, lapsed);
                second.commit();
                return taken;
            });
            Thread.sleep(300); // the second waits for the row the first updated
            first.commit();
            assertEquals(0, other.get(10, TimeUnit.SECONDS), "the second restart sees the first one's lease");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExecutionWhoseLeaseARestartTookRecordsNothingAndGivesNothingUp() throws SQLException {
        Connection c = db.connection(true);
        take(c, RUN, T0);
        assertEquals(1, claim(c, RUN, 10, T0));
        assertEquals(1, renew(c, RUN, 10, T0.plusMinutes(1)), "the holder renews with each chunk");
        LocalDateTime lapsed = T0.plusMinutes(1 + LEASE_MINUTES + 1); // a chunk slower than the lease
        assertEquals(1, take(c, RUN, lapsed), "the run is restarted");
        assertEquals(0, renew(c, RUN, 10, lapsed), "the slow chunk of the old execution is refused at its end");
        assertEquals(0, update(c, RunLease.RELEASE, RUN, 10L), "its failure gives up nothing");
        assertEquals(1, claim(c, RUN, 11, lapsed), "the new execution claims the run");
        assertEquals(0, renew(c, RUN, 10, lapsed));
        assertEquals(1, renew(c, RUN, 11, lapsed));
        assertEquals("41/11", holder(c));
        assertEquals(1, update(c, RunLease.RELEASE, RUN, 11L), "the holder completes");
        assertEquals("null/null", holder(c));
    }

    @Test
    void ofTwoExecutionsSubmittedForOneRunTheFirstToStartWorksAndTheOtherStops() throws SQLException {
        Connection c = db.connection(true);
        take(c, RUN, T0);
        assertEquals(1, claim(c, RUN, 10, T0.plusSeconds(5)));
        assertEquals(0, claim(c, RUN, 11, T0.plusSeconds(6)));
        assertEquals("41/10", holder(c));
    }

    @Test
    void anotherRunWaitsForTheCurrentLeaseAndTakesAFreeOrLapsedOne() throws SQLException {
        Connection c = db.connection(true);
        take(c, RUN, T0);
        claim(c, RUN, 10, T0);
        assertEquals(0, take(c, 42, T0.plusMinutes(1)));
        assertEquals(1, take(c, 42, T0.plusMinutes(LEASE_MINUTES + 1)), "a lapsed lease");
        assertEquals(0, update(c, RunLease.GIVE_BACK, RUN), "only the run that has the lock gives it back");
        assertEquals(1, update(c, RunLease.GIVE_BACK, 42L), "its job did not start");
        assertEquals(1, take(c, 43, T0.plusMinutes(LEASE_MINUTES + 1)), "a free lock");
    }
}
