package org.onenumber.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.PayaraMicro.Database;

/** What the benchmarks share besides the server: settings, the watchdog, ports, figures and logging. */
final class Bench {

    /** Held so the level sticks: CXF logs each proxy it creates and each failed call (counted anyway). */
    private static final Logger CXF_LOG = Logger.getLogger("org.apache.cxf");

    private Bench() {
    }

    interface Body {
        void run() throws Exception;
    }

    /**
     * Runs a benchmark's measurements with CXF quiet and under the watchdog; 0 when they ran through, 1
     * when they failed (logged). The caller prints what it has either way, then exits with this status.
     */
    static int measure(int maxMinutes, Body body) {
        CXF_LOG.setLevel(Level.SEVERE);
        startWatchdog(maxMinutes);
        try {
            body.run();
            return 0;
        } catch (Exception e) {
            log("failed: " + e);
            e.printStackTrace();
            return 1;
        }
    }

    /** Where the benchmarks' servers keep their data, one directory per run under it (bench.dataDir). */
    static Path dataRoot() {
        return Path.of(prop("bench.dataDir", "target/bench-data")).toAbsolutePath();
    }

    /**
     * The databases a benchmark runs on: H2 under {@code name-h2} unless {@code bench.h2=false}, then PostgreSQL when
     * {@code bench.postgres.url} is given.
     */
    static List<Database> databases(String name) {
        List<Database> databases = new ArrayList<>();
        if (Boolean.parseBoolean(prop("bench.h2", "true"))) {
            databases.add(Database.h2(dataRoot().resolve(name + "-h2")));
        }
        if (!prop("bench.postgres.url", "").isEmpty()) {
            databases.add(postgres());
        }
        return databases;
    }

    /** What a benchmark measures on one ready server: it adds its rows as it goes. */
    interface ServerRun {
        void run(PayaraMicro server, String db, List<String> rows) throws Exception;
    }

    /**
     * For each of {@link #databases}: a server with the switch emulator's admin port on a fresh data directory
     * ({@code name-db}), the run once it is ready, then its memory row; all under {@link #measure}'s watchdog. Then
     * prints the table of rows (what was measured, also when a run failed part way) and exits with the status.
     */
    static void onEachDatabase(String name, int maxMinutes, ServerRun run) {
        List<String> table = new ArrayList<>();
        int status = measure(maxMinutes, () -> {
            var artifacts = PayaraMicro.Artifacts.fromSystemProperties();
            for (Database db : databases(name)) {
                Path dir = dataRoot().resolve(name + "-" + db.name());
                PayaraMicro.Settings settings = PayaraMicro.Settings.of(artifacts, db, dir).withSwitchAdmin();
                if (Boolean.getBoolean("bench.mailSink")) { // the emails sent (and their QR codes drawn) as they queue
                    settings = settings.withMailSink();
                }
                try (PayaraMicro server = PayaraMicro.startReady(settings, db.name(), 600)) {
                    run.run(server, db.name(), table);
                    table.add(memoryRow(server, db.name()));
                }
            }
        });
        System.out.println();
        System.out.println("| db | measure | figure | unit | notes |");
        System.out.println("|---|---|--:|---|---|");
        table.forEach(System.out::println);
        System.exit(status);
    }

    /** The table row of the server's memory now and at its peak, with the machine's load. */
    static String memoryRow(PayaraMicro server, String db) {
        PayaraMicro.Memory memory = server.memory(db);
        return "| " + db + " | server RSS " + memory.rssKb() / 1024 + " MiB, peak " + memory.peakKb() / 1024
                + " MiB | | | load " + loadAverage() + " |";
    }

    /**
     * The PostgreSQL database a benchmark seeds ({@code bench.postgres.url}, {@code .user}, {@code .password}): an
     * empty one made for it, on loopback.
     */
    static Database postgres() {
        String url = prop("bench.postgres.url", "");
        if (url.isEmpty()) {
            throw new IllegalArgumentException("pass -Dbench.postgres.url=jdbc:postgresql://127.0.0.1:5432/<empty database>");
        }
        SoapBenchmark.requireLoopback(url);
        return new Database("postgresql", "org.postgresql.ds.PGSimpleDataSource", url,
                prop("bench.postgres.user", "onenumber"), prop("bench.postgres.password", "onenumber"));
    }

    static String prop(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int bounded(String name, int fallback, int min, int max) {
        int value = Integer.parseInt(prop(name, String.valueOf(fallback)).trim());
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + ": " + min + " to " + max + ", got " + value);
        }
        return value;
    }

    /** Ends the whole run, server included (shutdown hook), if it ever takes longer than allowed. */
    private static void startWatchdog(int maxMinutes) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(maxMinutes));
            } catch (InterruptedException e) {
                return;
            }
            log("time limit of " + maxMinutes + " min reached: stopping");
            System.exit(2);
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** The machine's load average from /proc (Linux): other work on the machine shows in the figures. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** Nearest-rank percentile of sorted nanosecond samples, in milliseconds (NaN when there are none). */
    static double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }



    static void log(String message) {
        System.err.println("[bench] " + message);
        System.err.flush();
    }
}
