package org.onenumber.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.onenumber.switchadapter.wire.InventoryPage;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.SwitchClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.PayaraMicro.Database;
import org.onenumber.testsupport.SwitchConsole;

/**
 * The license reconciliation benchmark: a nightly run over everything, in REPORT then in REPAIR mode, of N mobile
 * client licenses (1,000,000 by default) shared on the stations of A accounts (10,000, ten stations each) with their
 * Mobility settings, all in sync with the switch emulator but for D injected drifts (1,000, a fifth of each kind).
 * On PostgreSQL; the server runs with -Xmx1g (as every benchmark server does) and its embedded emulator holds the
 * switch's million clients in the same heap. Not a test, not in {@code mvn verify}; run it by hand after
 * {@code mvn -B package -DskipTests}, on an empty database made for it, with the test classpath
 * ({@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}):
 *
 * <pre>
 *   su postgres -c "psql -q -c 'drop database if exists onenumber_reconbench' -c 'create database onenumber_reconbench owner onenumber'"
 *   java -cp target/test-classes:target/classes:$(cat cp.txt) -Dproject.basedir=$PWD -Dbench.dataDir=$PWD/target/bench-data \
 *        -Dbench.postgres.url=jdbc:postgresql://127.0.0.1:5432/onenumber_reconbench org.onenumber.bench.ReconciliationBenchmark
 * </pre>
 *
 * ({@code bench.recon.accounts}, default 10000; {@code bench.recon.licenses}, default 1000000;
 * {@code bench.recon.stationsPerAccount}, default 10; {@code bench.recon.drifts}, default 1000;
 * {@code bench.recon.bootSeconds}, default 240: how long a boot and the emulator's load may take before the
 * scheduled minute; {@code bench.recon.runMinutes}, default 20: a run still going then is shown with its rate so far
 * and the benchmark ends; {@code bench.recon.repair}, default true: false for the REPORT run alone;
 * {@code bench.maxMinutes}, default 45, after which it stops itself, servers included.)
 *
 * The fast path of its own. The database: the first boot runs the migrations and the demo data (the Acme carrier and
 * its mobility routers) and stops; then one {@code insert ... select generate_series} per table writes the accounts,
 * their sites, users and stations, their Mobility settings, the shared licenses and the switch targets' versions
 * (3), and analyzes. The switch: it streams the database's desired state (every station with its shared clients,
 * every account's Mobility settings, demo data included) into a tab-separated file, making the injected drifts on
 * the way (a client left out: MISSING; a client written on another station of its account: WRONG_STATION; a client
 * nobody sold added: ORPHAN; a station at version 2: STUCK; an account's group changed: SETTINGS), and the
 * emulator loads it with its admin console's {@code load} (one pass, no events) after each boot. Each run is the
 * nightly run ({@code onenumber.reconcile.nightly-at} the next minute that leaves time to boot and load,
 * {@code onenumber.reconcile.nightly-mode} REPORT, then, after a new boot and load, REPAIR); its seconds are the
 * run's own start and finish times. The physical limits, measured in the same run: a bare JDBC stream of the same
 * desired rows (one query per kind, no order), and the emulator's inventory pages read alone over the wire.
 */
public final class ReconciliationBenchmark {

    private static final long FIRST_ID = 60_000_000L;
    private static final long VERSION = 3;

    private ReconciliationBenchmark() {
    }

    /** The shape of the seeded data. */
    record Shape(int accounts, int stationsPerAccount, int licenses, int driftsPerKind) {

        int stations() {
            return accounts * stationsPerAccount;
        }

        long station(long license) {
            return license % stations();
        }

        long accountOfStation(long station) {
            return station / stationsPerAccount;
        }

        static String identity(long license) {
            return String.format("BN%010d", license);
        }
    }

    /** The drifts the file makes, as the run reports them: "KIND ITEM key". */
    static final class Injected {

        final Set<String> expected = new HashSet<>();
        final Set<String> missingClients = new HashSet<>();
        /** Client identity to the station id it is written on instead of its own. */
        final Map<String, Long> moved = new HashMap<>();
        /** Station id to the clients written there that it does not hold in the database. */
        final Map<Long, List<String>> extra = new HashMap<>();
        final Set<Long> stuckStations = new HashSet<>();
        final Set<Long> tamperedAccounts = new HashSet<>();

        /**
         * Each drift on a station of its own, five stations apart: a repair run queues a station's whole state, and
         * the items of a station with a command pending are no drift, so two drifts on one station would hide one.
         */
        Injected(Shape s) {
            int per = s.driftsPerKind();
            long stationStride = s.stations() / per;
            long accountStride = s.accounts() / per;
            for (int k = 0; k < per; k++) {
                long base = k * stationStride;
                String orphan = String.format("ORPHAN%06d", k);
                extra.computeIfAbsent(FIRST_ID + base, x -> new ArrayList<>()).add(orphan);
                expected.add("ORPHAN MOBILE_CLIENT MOBILE_CLIENT:" + orphan);

                long stuck = FIRST_ID + base + 1;
                stuckStations.add(stuck);
                expected.add("STUCK SUBSCRIBER station-" + stuck);

                // license i is shared on station i (modulo the stations), so these are on stations base + 2 and 3
                String lost = Shape.identity(base + 2);
                missingClients.add(lost);
                expected.add("MISSING MOBILE_CLIENT MOBILE_CLIENT:" + lost);

                String movedId = Shape.identity(base + 3);
                moved.put(movedId, FIRST_ID + base + 4);
                extra.computeIfAbsent(FIRST_ID + base + 4, x -> new ArrayList<>()).add(movedId);
                expected.add("WRONG_STATION MOBILE_CLIENT MOBILE_CLIENT:" + movedId);

                long tampered = FIRST_ID + k * accountStride;
                tamperedAccounts.add(tampered);
                expected.add("SETTINGS ACCOUNT_MOBILITY account-" + tampered);
            }
            if (expected.size() != 5 * per) {
                throw new IllegalStateException("the injected drifts overlap: " + expected.size() + " of " + 5 * per);
            }
        }
    }

    /** One run as the database recorded it. */
    record Run(long id, String status, Instant started, Instant finished, long items, long total, int repairs,
               String error) {

        double seconds() {
            return Duration.between(started, finished == null ? Instant.now() : finished).toMillis() / 1000.0;
        }
    }

    public static void main(String[] args) {
        int accounts = Bench.bounded("bench.recon.accounts", 10_000, 10, 100_000);
        int perAccount = Bench.bounded("bench.recon.stationsPerAccount", 10, 2, 100);
        int licenses = Bench.bounded("bench.recon.licenses", 1_000_000, 100, 5_000_000);
        int drifts = Bench.bounded("bench.recon.drifts", 1_000, 5, 10_000);
        int bootSeconds = Bench.bounded("bench.recon.bootSeconds", 240, 30, 900);
        int runMinutes = Bench.bounded("bench.recon.runMinutes", 20, 1, 120);
        boolean repair = Boolean.parseBoolean(Bench.prop("bench.recon.repair", "true"));
        Shape shape = new Shape(accounts, perAccount, licenses, drifts / 5);
        List<String> table = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int status = Bench.measure(Bench.bounded("bench.maxMinutes", 45, 1, 180), () -> {
            if (shape.driftsPerKind() > accounts || 5L * shape.driftsPerKind() > shape.stations()
                    || licenses < shape.stations()) {
                throw new IllegalArgumentException("too many drifts for the data, or too few licenses: at most a fifth"
                        + " of a drift per account and per station, and a license for every station");
            }
            Database db = Bench.postgres();
            Path dir = Bench.dataRoot().resolve("reconciliation");
            var artifacts = PayaraMicro.Artifacts.fromSystemProperties();
            try (PayaraMicro server = PayaraMicro.start(PayaraMicro.Settings.of(artifacts, db, dir)
                    .with("onenumber.reconcile.nightly-at", "off").with("onenumber.billing.schedule", "false"))) {
                server.awaitReady("migrations and demo data", 600);
            }
            long t0 = System.nanoTime();
            seed(db, shape);
            notes.add(String.format("seeded %,d accounts, %,d stations, %,d licenses in %.1f s (insert ... select"
                    + " generate_series)", accounts, shape.stations(), licenses, (System.nanoTime() - t0) / 1e9));
            Bench.log(notes.get(notes.size() - 1));

            Injected injected = new Injected(shape);
            Path file = dir.resolve("switch.tsv");
            t0 = System.nanoTime();
            long[] written = writeSwitchFile(db, injected, file);
            notes.add(String.format("switch file: %,d subscribers, %,d clients, %,d accounts written in %.1f s",
                    written[0], written[1], written[2], (System.nanoTime() - t0) / 1e9));
            Bench.log(notes.get(notes.size() - 1));

            double jdbcRate = jdbcStream(db, notes);
            String limitLoad = Bench.loadAverage();
            double[] inventoryRate = {0};
            Run report = nightly(artifacts, db, dir, file, "REPORT", bootSeconds, runMinutes, notes,
                    server -> inventoryRate[0] = readInventory(server, notes), table, jdbcRate, injected);
            table.add(0, String.format("| limit: JDBC stream of the desired rows | %,d | | %,.0f | 1.00 | | | | | | %s |",
                    written[1] + written[0] + written[2], jdbcRate, limitLoad));
            table.add(1, String.format("| limit: switch inventory pages alone | %,d | | %,.0f | %.2f | | | | | | |",
                    written[1] + written[0] + written[2], inventoryRate[0], inventoryRate[0] / jdbcRate));
            if (repair && "COMPLETED".equals(report.status())) {
                Run repaired = nightly(artifacts, db, dir, file, "REPAIR", bootSeconds, runMinutes, notes,
                        server -> { }, table, jdbcRate, injected);
                notes.add("repairs queued by the REPAIR run: " + repaired.repairs());
            }
        });
        System.out.println();
        System.out.println("| mode | items | seconds | items/s | vs JDBC stream | peak heap MiB | heap after load MiB"
                + " | found | injected | false | load average |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        table.forEach(System.out::println);
        System.out.println();
        notes.forEach(n -> System.out.println("- " + n));
        System.exit(status);
    }

    interface AfterRun {
        void run(PayaraMicro server) throws Exception;
    }

    /**
     * Boots with the nightly run at the next minute that leaves {@code bootSeconds} to boot, loads the switch, waits
     * for the run while sampling the server's heap, measures what {@code afterRun} measures on the same server,
     * checks the run's drift against the injected set and adds its row.
     */
    private static Run nightly(PayaraMicro.Artifacts artifacts, Database db, Path dir, Path file, String mode,
                               int bootSeconds, int runMinutes, List<String> notes, AfterRun afterRun,
                               List<String> table,
                               double jdbcRate, Injected injected) throws Exception {
        execute(db, "update reconciliation_lock set last_nightly = null");
        ZonedDateTime due = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(bootSeconds).truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
        try (PayaraMicro server = PayaraMicro.start(PayaraMicro.Settings.of(artifacts, db, dir).keepingData()
                .withSwitchAdmin()
                .with("onenumber.billing.schedule", "false")
                .with("onenumber.reconcile.nightly-at", due.toLocalTime().toString())
                .with("onenumber.reconcile.nightly-mode", mode))) {
            server.awaitReady(mode + " run", 600);
            long t0 = System.nanoTime();
            String loaded = SwitchConsole.admin(server.adminPort(), "load " + file.toAbsolutePath(), Duration.ofMinutes(5));
            notes.add(String.format("%s boot: emulator %s in %.1f s", mode, loaded, (System.nanoTime() - t0) / 1e9));
            Bench.log(notes.get(notes.size() - 1));
            long heapAfterLoad = heapMiB(server);
            if (!ZonedDateTime.now(ZoneOffset.UTC).isBefore(due)) {
                throw new IllegalStateException("booting and loading took past the scheduled minute " + due
                        + "; raise bench.recon.bootSeconds");
            }
            Bench.log(mode + " run scheduled at " + due);
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        peak.accumulateAndGet(heapMiB(server), Math::max);
                        Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        // a sample missed: the next one counts
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            Run run = awaitRun(db, mode, due.toInstant().plus(Duration.ofMinutes(runMinutes)));
            sampler.interrupt();
            sampler.join();
            if ("FAILED".equals(run.status())) {
                throw new IllegalStateException(mode + " run " + run.id() + " failed: " + run.error());
            }
            if (!"COMPLETED".equals(run.status())) {
                // stopped at bench.recon.runMinutes: the row shows the rate so far, marked
                table.add(String.format("| %s (stopped after %d min, %,d of %,d items) | %,d | %.1f | %,.0f | %.2f | %,d"
                        + " | %,d | | %,d | | %s |", mode, runMinutes, run.items(), run.total(), run.items(),
                        run.seconds(), run.items() / run.seconds(), run.items() / run.seconds() / jdbcRate, peak.get(),
                        heapAfterLoad, injected.expected.size(), Bench.loadAverage()));
                Bench.log(table.get(table.size() - 1));
                return run;
            }
            afterRun.run(server);
            Set<String> found = drift(db, run.id());
            Set<String> falseOnes = new HashSet<>(found);
            falseOnes.removeAll(injected.expected);
            Set<String> missed = new HashSet<>(injected.expected);
            missed.removeAll(found);
            table.add(String.format("| %s | %,d | %.1f | %,.0f | %.2f | %,d | %,d | %,d | %,d | %,d | %s |", mode,
                    run.items(), run.seconds(), run.items() / run.seconds(), run.items() / run.seconds() / jdbcRate,
                    peak.get(), heapAfterLoad, found.size() - falseOnes.size(), injected.expected.size(),
                    falseOnes.size(), Bench.loadAverage()));
            Bench.log(table.get(table.size() - 1));
            if (!missed.isEmpty() || !falseOnes.isEmpty()) {
                notes.add(mode + ": missed " + missed.stream().limit(10).toList() + ", not injected "
                        + falseOnes.stream().limit(10).toList());
            }
            if ("REPAIR".equals(mode)) {
                awaitOutbox(db, notes);
            }
            return run;
        }
    }

    /** The server's used heap from /metrics (MicroProfile Metrics 5 names it without the base_ prefix). */
    private static long heapMiB(PayaraMicro server) throws Exception {
        try {
            return (long) (server.metric("memory_usedHeap_bytes") / (1024 * 1024));
        } catch (IllegalStateException e) {
            return (long) (server.metric("base_memory_usedHeap_bytes") / (1024 * 1024));
        }
    }

    /** The run once it completed or failed, or as it stands at the deadline. */
    private static Run awaitRun(Database db, String mode, Instant deadline) throws Exception {
        String last = "";
        Run run = null;
        while (run == null || Instant.now().isBefore(deadline)) {
            try (Connection c = connect(db); PreparedStatement q = c.prepareStatement("select id, status, started_at,"
                    + " finished_at, items_done, items_total, repairs, last_error from reconciliation_run where mode = ?"
                    + " order by id desc limit 1")) {
                q.setString(1, mode);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        String now = rs.getString(2) + " " + rs.getLong(5) + "/" + rs.getLong(6);
                        if (!now.equals(last)) {
                            Bench.log(mode + " run " + rs.getLong(1) + ": " + now);
                            last = now;
                        }
                        run = new Run(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)),
                                instant(rs.getTimestamp(4)), rs.getLong(5), rs.getLong(6), rs.getInt(7), rs.getString(8));
                        if (run.started() == null && Instant.now().isAfter(deadline)) {
                            throw new IllegalStateException("the " + mode + " run never started");
                        }
                        if (run.started() == null) {
                            run = null;
                        } else if ("COMPLETED".equals(run.status()) || "FAILED".equals(run.status())) {
                            return run;
                        }
                    }
                }
            }
            if (run == null && Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no " + mode + " run started before " + deadline);
            }
            Thread.sleep(2_000);
        }
        return run;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static Set<String> drift(Database db, long run) throws SQLException {
        Set<String> found = new HashSet<>();
        try (Connection c = connect(db); PreparedStatement q = c.prepareStatement(
                "select kind, item, item_key from reconciliation_drift where run_id = ?")) {
            q.setLong(1, run);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return found;
    }

    /** Waits (bounded) until the repairs were sent to the switch: nothing pending in the outbox. */
    private static void awaitOutbox(Database db, List<String> notes) throws Exception {
        Instant start = Instant.now();
        Instant deadline = start.plus(Duration.ofMinutes(5));
        long pending = -1;
        while (Instant.now().isBefore(deadline)) {
            pending = count(db, "select count(*) from switch_command where status = 'PENDING'");
            if (pending == 0) {
                break;
            }
            Thread.sleep(1_000);
        }
        notes.add(String.format("after the REPAIR run the outbox held %s pending commands (%.0f s later);"
                + " commands applied in all: %,d", pending, Duration.between(start, Instant.now()).toMillis() / 1000.0,
                count(db, "select count(*) from switch_command where status = 'APPLIED'")));
    }

    private static void seed(Database db, Shape s) throws SQLException {
        try (Connection c = connect(db)) {
            c.setAutoCommit(false);
            long carrier = count(c, "select id from carrier where name = 'Acme Telecom'");
            long router = count(c, "select min(id) from mobility_router where carrier_id = " + carrier);
            long n = s.accounts() - 1L;
            long stations = s.stations() - 1L;
            int per = s.stationsPerAccount();
            try (Statement st = c.createStatement()) {
                st.execute("insert into account (id, version, carrier_id, name, created_at) select " + FIRST_ID
                        + " + g, 0, " + carrier + ", 'Bench ' || g, now() from generate_series(0, " + n + ") g");
                st.execute("insert into site (id, version, account_id, name, country) select " + FIRST_ID + " + g, 0, "
                        + FIRST_ID + " + g, 'HQ', 'US' from generate_series(0, " + n + ") g");
                st.execute("insert into app_user (id, version, account_id, site_id, first_name, last_name, email,"
                        + " search_name, search_last_name, search_email, profile_type, created_at) select " + FIRST_ID
                        + " + g, 0, " + FIRST_ID + " + g / " + per + ", " + FIRST_ID + " + g / " + per + ", 'Bench',"
                        + " 'User ' || g, 'bench' || g || '@example.com', 'user ' || g || ' bench', 'user ' || g,"
                        + " 'bench' || g || '@example.com', 'ESSENTIALS', now() from generate_series(0, "
                        + stations + ") g");
                st.execute("insert into station (id, version, account_id, user_id, extension) select " + FIRST_ID
                        + " + g, 0, " + FIRST_ID + " + g / " + per + ", " + FIRST_ID + " + g, cast(2000 + g % " + per
                        + " as varchar(8)) from generate_series(0, " + stations + ") g");
                st.execute("insert into mobility_service (id, version, account_id, status, router_id, group_name,"
                        + " send_email_notification, default_video, max_clients_per_user, welcome_email_enabled)"
                        + " select " + FIRST_ID + " + g, 0, " + FIRST_ID + " + g, 'ACTIVE', " + router + ", 'Group ' || g,"
                        + " false, false, 100, false from generate_series(0, " + n + ") g");
                st.execute("insert into client_license (id, version, carrier_id, account_id, device_identity, status,"
                        + " station_id, shared_at) select " + FIRST_ID + " + g, 0, " + carrier + ", " + FIRST_ID
                        + " + (g % " + s.stations() + ") / " + per + ", 'BN' || lpad(cast(g as varchar(10)), 10, '0'),"
                        + " 'SHARED', " + FIRST_ID + " + g % " + s.stations() + ", now() from generate_series(0, "
                        + (s.licenses() - 1L) + ") g");
                st.execute("insert into switch_target (target_key, target_kind, account_id, version) select 'station-' ||"
                        + " (" + FIRST_ID + " + g), 'SUBSCRIBER', " + FIRST_ID + " + g / " + per + ", " + VERSION
                        + " from generate_series(0, " + stations + ") g");
                st.execute("insert into switch_target (target_key, target_kind, account_id, version) select 'account-' ||"
                        + " (" + FIRST_ID + " + g), 'ACCOUNT_MOBILITY', " + FIRST_ID + " + g, " + VERSION
                        + " from generate_series(0, " + n + ") g");
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("analyze");
            }
        }
    }

    /**
     * Streams the database's desired state into the emulator's load file, making the injected drifts on the way;
     * returns how many subscribers, clients and accounts it wrote.
     */
    private static long[] writeSwitchFile(Database db, Injected injected, Path file) throws Exception {
        long subscribers = 0;
        long clients = 0;
        long accounts = 0;
        try (Connection stationsDb = connect(db); Connection clientsDb = connect(db);
             BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            stationsDb.setAutoCommit(false);
            clientsDb.setAutoCommit(false);
            try (Statement st = stationsDb.createStatement()) {
                st.setFetchSize(10_000);
                try (ResultSet rs = st.executeQuery("select m.account_id, coalesce(t.version, 0), r.name, m.group_name,"
                        + " m.voicemail_access_number, n.e164, m.reverse_dial_number, m.handover_number"
                        + " from mobility_service m left join mobility_router r on r.id = m.router_id"
                        + " left join phone_number n on n.id = m.access_number_id"
                        + " left join switch_target t on t.target_key = 'account-' || cast(m.account_id as varchar(20))")) {
                    while (rs.next()) {
                        long account = rs.getLong(1);
                        String group = rs.getString(4);
                        if (injected.tamperedAccounts.contains(account)) {
                            group = group + " drifted";
                        }
                        out.write(String.join("\t", "account", "account-" + account, String.valueOf(rs.getLong(2)),
                                field(rs.getString(3)), field(group), field(rs.getString(5)), field(rs.getString(6)),
                                field(rs.getString(7)), field(rs.getString(8))));
                        out.write('\n');
                        accounts++;
                    }
                }
            }
            try (Statement st = stationsDb.createStatement(); Statement cl = clientsDb.createStatement()) {
                st.setFetchSize(10_000);
                cl.setFetchSize(10_000);
                try (ResultSet rs = st.executeQuery("select s.id, s.account_id, coalesce(t.version, 0) from station s"
                        + " left join switch_target t on t.target_key = 'station-' || cast(s.id as varchar(20))"
                        + " order by s.id");
                     ResultSet lic = cl.executeQuery("select station_id, device_identity from client_license"
                             + " where status = 'SHARED' and station_id is not null order by station_id")) {
                    boolean more = lic.next();
                    StringBuilder line = new StringBuilder();
                    while (rs.next()) {
                        long station = rs.getLong(1);
                        long version = injected.stuckStations.contains(station) ? VERSION - 1 : rs.getLong(3);
                        line.setLength(0);
                        line.append("subscriber\tstation-").append(station).append('\t').append(version)
                                .append("\taccount-").append(rs.getLong(2));
                        while (more && lic.getLong(1) < station) {
                            more = lic.next();
                        }
                        while (more && lic.getLong(1) == station) {
                            String id = lic.getString(2);
                            if (!injected.missingClients.contains(id) && !injected.moved.containsKey(id)) {
                                line.append('\t').append(id);
                                clients++;
                            }
                            more = lic.next();
                        }
                        for (String id : injected.extra.getOrDefault(station, List.of())) {
                            line.append('\t').append(id);
                            clients++;
                        }
                        out.write(line.append('\n').toString());
                        subscribers++;
                    }
                }
            }
        }
        return new long[] {subscribers, clients, accounts};
    }

    private static String field(String value) {
        return value == null ? "" : value;
    }

    /** The physical limit on the database side: the same rows streamed by bare JDBC, one query per kind, no order. */
    private static double jdbcStream(Database db, List<String> notes) throws SQLException {
        long rows = 0;
        long t0 = System.nanoTime();
        try (Connection c = connect(db)) {
            c.setAutoCommit(false);
            for (String sql : List.of("select m.account_id, r.name, m.group_name from mobility_service m"
                            + " left join mobility_router r on r.id = m.router_id",
                    "select s.id, s.account_id, t.version from station s left join switch_target t"
                            + " on t.target_key = 'station-' || cast(s.id as varchar(20))",
                    "select device_identity, station_id, account_id from client_license where status = 'SHARED'"
                            + " and station_id is not null")) {
                try (Statement st = c.createStatement()) {
                    st.setFetchSize(10_000);
                    try (ResultSet rs = st.executeQuery(sql)) {
                        while (rs.next()) {
                            rs.getString(2);
                            rows++;
                        }
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        notes.add(String.format("limit: JDBC stream of %,d desired rows in %.1f s", rows, seconds));
        return rows / seconds;
    }

    /** The physical limit on the switch side: its inventory pages (clients, subscribers, accounts) read alone. */
    private static double readInventory(PayaraMicro server, List<String> notes) throws Exception {
        long items = 0;
        long t0 = System.nanoTime();
        try (SwitchClient operator = SwitchConsole.operator(server.switchPort())) {
            for (InventoryQuery.Kind kind : List.of(InventoryQuery.Kind.ACCOUNT_MOBILITY, InventoryQuery.Kind.SUBSCRIBER,
                    InventoryQuery.Kind.ENDPOINT)) {
                String cursor = null;
                do {
                    String from = cursor;
                    InventoryPage page = operator.send(id -> new InventoryQuery(id, kind, from,
                            InventoryQuery.MAX_PAGE_SIZE)).body(InventoryPage.class);
                    items += page.items().size();
                    cursor = page.nextCursor();
                } while (cursor != null);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        notes.add(String.format("limit: switch inventory of %,d items read alone in %.1f s (pages of %d)", items,
                seconds, InventoryQuery.MAX_PAGE_SIZE));
        return items / seconds;
    }

    private static Connection connect(Database db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static void execute(Database db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static long count(Database db, String sql) throws SQLException {
        try (Connection c = connect(db)) {
            return count(c, sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
