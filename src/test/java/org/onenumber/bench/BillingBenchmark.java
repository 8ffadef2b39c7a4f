package org.onenumber.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.PayaraMicro.Database;

/**
 * The billing true-up benchmark: seconds for the scheduled true-up of N accounts (10,000 by default) for one month,
 * on PostgreSQL. Not a test, not in {@code mvn verify}; run it by hand after {@code mvn -B package -DskipTests}, on an
 * empty database made for it ({@code createdb -O onenumber onenumber_billbench}), with the test classpath
 * ({@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}):
 *
 * <pre>
 *   java -cp target/test-classes:target/classes:$(cat cp.txt) -Dproject.basedir=$PWD -Dbench.dataDir=$PWD/target/bench-data \
 *        -Dbench.postgres.url=jdbc:postgresql://127.0.0.1:5432/onenumber_billbench org.onenumber.bench.BillingBenchmark
 * </pre>
 *
 * ({@code bench.billing.accounts}, default 10000; {@code bench.billing.bootSeconds}, default 150: how long the second
 * boot may take before the scheduled minute.)
 *
 * The fast path of its own: it starts Payara Micro once so that the migrations build an empty database (the bench's
 * database must be empty, made for it), stops it, then writes N accounts of the demo carrier straight into the tables
 * with JDBC batches, three daily snapshots per account in the month just ended (the 1st, the 11th and the 21st, with a
 * purchase, a decrease and a suspension) and a toll call for every tenth account. It starts the server again with
 * the true-up scheduled (onenumber.billing.true-up-day and -time) at the next minute that leaves time to boot, and
 * reads the statements table until every seeded account has its closed statement: the figure is the last statement's
 * time minus the scheduled time.
 */
public final class BillingBenchmark {

    private static final long FIRST_ID = 50_000_000L;

    private BillingBenchmark() {
    }

    public static void main(String[] args) {
        int accounts = Bench.bounded("bench.billing.accounts", 10_000, 1, 100_000);
        int bootSeconds = Bench.bounded("bench.billing.bootSeconds", 150, 30, 600);
        List<String> table = new ArrayList<>();
        int status = Bench.measure(Bench.bounded("bench.maxMinutes", 30, 1, 120), () -> {
            Database db = Bench.postgres();
            var dir = Bench.dataRoot().resolve("billing");
            var artifacts = PayaraMicro.Artifacts.fromSystemProperties();
            PayaraMicro.startReady(PayaraMicro.Settings.of(artifacts, db, dir).with("onenumber.billing.schedule", "false"),
                    "migrations", 600).close();
            YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
            long seeding = System.nanoTime();
            seed(db, accounts, month);
            Bench.log("seeded " + accounts + " accounts in " + (System.nanoTime() - seeding) / 1_000_000 + " ms");

            ZonedDateTime due = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(bootSeconds).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            try (PayaraMicro server = PayaraMicro.startReady(PayaraMicro.Settings.of(artifacts, db, dir).keepingData()
                    .with("onenumber.billing.true-up-day", String.valueOf(due.getDayOfMonth()))
                    .with("onenumber.billing.true-up-time", due.toLocalTime().toString())
                    .with("onenumber.billing.snapshot-time", due.plusHours(12).toLocalTime().toString()), "billing", 600)) {
                Bench.log("true-up of " + month + " scheduled at " + due);
                Instant last = awaitStatements(db, accounts, month, due.toInstant().plus(Duration.ofMinutes(20)));
                double seconds = Duration.between(due.toInstant(), last).toMillis() / 1000.0;
                table.add(String.format("| postgresql | %d | %s | %.1f | %.0f | %s |", accounts, month, seconds, accounts / seconds,
                        Bench.loadAverage()));
                PayaraMicro.Memory memory = server.memory("postgresql");
                table.add("");
                table.add("server RSS " + memory.rssKb() / 1024 + " MiB, peak " + memory.peakKb() / 1024 + " MiB");
            }
        });
        System.out.println();
        System.out.println("| db | accounts | month | seconds | accounts/s | load average |");
        System.out.println("|---|---|---|---|---|---|");
        table.forEach(System.out::println);
        System.exit(status);
    }

    private static void seed(Database db, int accounts, YearMonth month) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            c.setAutoCommit(false);
            long carrier;
            try (ResultSet rs = c.createStatement().executeQuery("select id from carrier where name = 'Acme Telecom'")) {
                rs.next();
                carrier = rs.getLong(1);
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement account = c.prepareStatement(
                    "insert into account (id, version, carrier_id, name, created_at) values (?, 0, ?, ?, ?)");
                 PreparedStatement snapshot = c.prepareStatement("insert into billing_snapshot (id, version, account_id, carrier_id,"
                         + " snapshot_day, licenses_purchased, licenses_shared, mobility_users, anywhere_users, mobility_status,"
                         + " recorded_at, recorded_by) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'benchmark')");
                 PreparedStatement usage = c.prepareStatement("insert into usage_record (call_id, subscriber, seconds, toll, seq,"
                         + " recorded_at, destination, rate_class, portal, account_id) values (?, 'station-0', 125, true, ?, ?,"
                         + " '+33142685300', 'INTERNATIONAL', '+12125550100', ?)")) {
                long id = FIRST_ID;
                for (int i = 0; i < accounts; i++) {
                    long accountId = FIRST_ID + i;
                    account.setLong(1, accountId);
                    account.setLong(2, carrier);
                    account.setString(3, "Bench " + i);
                    account.setTimestamp(4, now);
                    account.addBatch();
                    int[][] days = {{1, 10, 5, 5, 1}, {11, 15, 8, 8, 1}, {21, 12, 8, 8, 0}};
                    for (int[] d : days) {
                        snapshot.setLong(1, FIRST_ID + accounts + id++);
                        snapshot.setLong(2, accountId);
                        snapshot.setLong(3, carrier);
                        snapshot.setObject(4, LocalDate.of(month.getYear(), month.getMonth(), d[0]));
                        snapshot.setInt(5, d[1]);
                        snapshot.setInt(6, d[2]);
                        snapshot.setInt(7, d[3]);
                        snapshot.setInt(8, 2);
                        snapshot.setString(9, d[4] == 1 ? "ACTIVE" : "SUSPENDED");
                        snapshot.setTimestamp(10, now);
                        snapshot.addBatch();
                    }
                    if (i % 10 == 0) {
                        usage.setString(1, "bench-" + accountId);
                        usage.setLong(2, i);
                        usage.setTimestamp(3, Timestamp.from(month.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC)));
                        usage.setLong(4, accountId);
                        usage.addBatch();
                    }
                    if (i % 1000 == 999 || i == accounts - 1) {
                        account.executeBatch();
                        snapshot.executeBatch();
                        usage.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    /** Waits until every seeded account has its closed statement; returns when the last was made. */
    private static Instant awaitStatements(Database db, int accounts, YearMonth month, Instant deadline) throws Exception {
        long seen = -1;
        while (Instant.now().isBefore(deadline)) {
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                 PreparedStatement q = c.prepareStatement("select count(*), max(produced_at) from billing_statement"
                         + " where billing_month = ? and status = 'CLOSED' and account_id >= ? and account_id < ?")) {
                q.setString(1, month.toString());
                q.setLong(2, FIRST_ID);
                q.setLong(3, FIRST_ID + accounts);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    long count = rs.getLong(1);
                    if (count != seen) {
                        Bench.log(count + " statements");
                        seen = count;
                    }
                    if (count >= accounts) {
                        return rs.getTimestamp(2).toInstant();
                    }
                }
            }
            Thread.sleep(2_000);
        }
        throw new IllegalStateException("only " + seen + " of " + accounts + " statements before the deadline");
    }
}
