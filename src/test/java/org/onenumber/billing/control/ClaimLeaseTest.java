package org.onenumber.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onenumber.testsupport.MigratedH2.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.testsupport.MigratedH2;

/**
 * A scheduled billing run's claim on the real schema (embedded H2, the application's migrations), with the statements
 * {@code BillingRun} sends: a run whose instance died midway is taken over once its lease lapsed, by one instance, and
 * a completed run or one still renewed never. Time is a parameter of every statement.
 */
class ClaimLeaseTest {

    private static final String KEY = "billing-true-up 2026-10";
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 1, 2, 0);

    @RegisterExtension
    final MigratedH2 db = new MigratedH2("claim");

    private static List<String> stalled(Connection c, LocalDateTime now) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(ClaimLease.STALLED)) {
            q.setTimestamp(1, Timestamp.valueOf(now));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }

    private Connection claimed(String key, LocalDateTime at) throws SQLException {
        Connection c = db.connection(true);
        update(c, "insert into billing_schedule_claim (claim_key, claimed_at, claimed_by, lease_until) values (?, ?, 'a', ?)",
                key, at, at.plusMinutes(5));
        return c;
    }

    @Test
    void aRunWhoseLeaseLapsedIsTakenOverOnceAndAgainOnlyWhenItLapsesAgain() throws SQLException {
        Connection c = claimed(KEY, T0);
        assertEquals(List.of(), stalled(c, T0.plusMinutes(4)));
        assertEquals(0, update(c, ClaimLease.TAKE_OVER, "b", T0.plusMinutes(9), KEY, T0.plusMinutes(4)), "still current");
        LocalDateTime died = T0.plusMinutes(6);
        assertEquals(List.of(KEY), stalled(c, died));
        assertEquals(1, update(c, ClaimLease.TAKE_OVER, "b", died.plusMinutes(5), KEY, died));
        assertEquals(0, update(c, ClaimLease.TAKE_OVER, "c", died.plusMinutes(5), KEY, died), "the other instance looking");
        assertEquals(List.of(), stalled(c, died.plusMinutes(1)));
        assertEquals(1, update(c, ClaimLease.RENEW, died.plusMinutes(10), KEY), "b works on");
        assertEquals(List.of(), stalled(c, died.plusMinutes(7)));
        assertEquals(List.of(KEY), stalled(c, died.plusMinutes(11)), "b died too");
    }

    @Test
    void aCompletedRunIsNeverTakenOverNorRenewed() throws SQLException {
        Connection c = claimed(KEY, T0);
        assertEquals(1, update(c, ClaimLease.COMPLETE, T0.plusMinutes(3), KEY));
        assertEquals(0, update(c, ClaimLease.COMPLETE, T0.plusMinutes(4), KEY), "once");
        assertEquals(List.of(), stalled(c, T0.plusDays(40)));
        assertEquals(0, update(c, ClaimLease.TAKE_OVER, "b", T0.plusDays(40), KEY, T0.plusDays(40)));
        assertEquals(0, update(c, ClaimLease.RENEW, T0.plusDays(40), KEY));
    }

    @Test
    void theNewestStalledRunComesFirst() throws SQLException {
        Connection c = claimed("billing-snapshot 2026-10-30", T0.minusDays(2));
        claimed(KEY, T0);
        assertEquals(List.of(KEY, "billing-snapshot 2026-10-30"), stalled(c, T0.plusHours(1)));
    }
}
