package org.onenumber.switching.boundary;

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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.testsupport.MigratedH2;

/**
 * Which commands a dispatcher round picks ({@link OutboxStore#pickSql}), on the real schema (embedded H2, the
 * application's migrations): the newest pending version of each target, none of a target in flight, none not yet due,
 * none of a settling target, oldest first, at most as many as asked. And the same commands as the rule it replaced
 * (a correlated "no newer or claimed pending command of the same target"), on random outboxes.
 */
class PickDueTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 12, 0);

    /** The rule as it was written before, one pending command looked up against every other: the oracle. */
    private static final String BEFORE = "select c.id from switch_command c where c.status = 'PENDING'"
            + " and c.next_attempt_at <= ?1 and (c.claimed_until is null or c.claimed_until < ?1)"
            + " and not exists (select 1 from switch_command o where o.target_key = c.target_key and o.id <> c.id"
            + " and o.status = 'PENDING' and (o.version > c.version or o.claimed_until >= ?1))"
            + " order by c.id fetch first %d rows only";

    @RegisterExtension
    final MigratedH2 db = new MigratedH2("pick");

    private static void command(Connection c, long id, String target, String status, long version,
            LocalDateTime due, LocalDateTime claimedUntil) throws SQLException {
        update(c, "insert into switch_command (id, account_id, carrier_id, target_kind, target_key, operation, status,"
                + " attempts, next_attempt_at, claimed_until, created_at, version) values (?, 1, 1, 'STATION', ?, 'APPLY', ?,"
                + " 0, ?, ?, ?, ?)", id, target, status, due, claimedUntil, NOW.minusHours(1), version);
    }

    private static List<Long> ids(Connection c, String sql, List<String> settling) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setTimestamp(1, Timestamp.valueOf(NOW));
            for (int i = 0; i < settling.size(); i++) {
                q.setString(i + 2, settling.get(i));
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static List<Long> picked(Connection c, int max, List<String> settling) throws SQLException {
        return ids(c, OutboxStore.pickSql(max, settling.size(), false), settling);
    }

    @Test
    void theNewestPendingStateOfEachTargetThatIsDueAndNotInFlightOldestFirst() throws SQLException {
        Connection c = db.connection(true);
        LocalDateTime past = NOW.minusSeconds(1);
        command(c, 1, "a", "PENDING", 1, past, null);
        command(c, 2, "a", "PENDING", 2, past, null); // a's newest
        command(c, 3, "b", "PENDING", 5, past, NOW.plusMinutes(1)); // b in flight
        command(c, 4, "b", "PENDING", 6, past, null); // waits for b's command in flight
        command(c, 5, "c", "PENDING", 1, NOW.plusSeconds(5), null); // not due yet
        command(c, 6, "d", "PENDING", 3, past, null); // settling, in the second pick
        command(c, 7, "e", "APPLIED", 1, past, null);
        command(c, 8, "e", "PENDING", 2, past, null); // an applied older state is no reason to wait
        command(c, 9, "f", "PENDING", 4, past, NOW.minusMinutes(1)); // a lapsed claim: its round died
        command(c, 10, "g", "PENDING", 7, NOW, null); // due this very moment
        command(c, 11, "g", "SUPERSEDED", 6, past, null);

        assertEquals(List.of(2L, 8L, 9L, 10L), picked(c, 10, List.of("d")));
        assertEquals(List.of(2L, 6L, 8L, 9L, 10L), picked(c, 10, List.of()));
        assertEquals(List.of(2L, 6L), picked(c, 2, List.of()), "at most as many as asked, the oldest");
    }

    @Test
    void onRandomOutboxesItPicksWhatTheCorrelatedRuleItReplacedPicked() throws SQLException {
        Random random = new Random(20261205);
        String[] statuses = {"PENDING", "PENDING", "PENDING", "APPLIED", "SUPERSEDED", "FAILED"};
        for (int outbox = 0; outbox < 20; outbox++) {
            Connection c = db.connection(true);
            update(c, "delete from switch_command");
            int targets = 1 + random.nextInt(30);
            for (long id = 1; id <= 200; id++) {
                LocalDateTime due = NOW.plusSeconds(random.nextInt(7) - 5);
                LocalDateTime claimed = switch (random.nextInt(4)) {
                    case 0 -> NOW.plusSeconds(30);
                    case 1 -> NOW.minusSeconds(30);
                    default -> null;
                };
                command(c, id, "t" + random.nextInt(targets), statuses[random.nextInt(statuses.length)],
                        random.nextInt(10), due, claimed);
            }
            for (int max : new int[] {1, 7, 500}) {
                assertEquals(ids(c, String.format(BEFORE, max), List.of()), picked(c, max, List.of()),
                        "outbox " + outbox + ", at most " + max);
            }
        }
    }
}
