package org.onenumber.bench;

import static org.onenumber.bench.Bench.bounded;
import static org.onenumber.bench.Bench.loadAverage;
import static org.onenumber.bench.Bench.log;
import static org.onenumber.bench.Bench.percentileMs;
import static org.onenumber.bench.Bench.prop;
import static org.onenumber.bench.BenchSoap.CALL_TIMEOUT_MS;
import static org.onenumber.bench.BenchSoap.CONNECT_TIMEOUT_MS;
import static org.onenumber.bench.BenchSoap.port;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.onenumber.switchsim.SwitchEmulator;
import org.onenumber.testsupport.Balancer;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.SwitchConsole;
import org.onenumber.testsupport.PayaraMicro.Database;
import org.onenumber.testsupport.PayaraMicro.Memory;
import org.onenumber.bench.BenchSoap.Fixture;
import org.onenumber.client.DeleteUser;
import org.onenumber.client.GetUser;
import org.onenumber.client.Ping;
import org.onenumber.client.ProvisioningPort;
import org.onenumber.client.User;

/**
 * Throughput and latency of the SOAP API under concurrent clients, on H2 and (when given) PostgreSQL.
 * A program, not a test: see {@code package-info.java} for the command and the settings.
 */
public final class SoapBenchmark {

    private static final int MAX_CLIENTS = 64;
    private static final int MAX_SAMPLES_PER_CLIENT = 5_000_000;
    private static final int FIXTURE_USERS = 16;

    static final String WRITE_PAIR = "AddUser+DeleteUser";

    /** Extensions for AddUser+DeleteUser: unique for the whole run (8 digits, the longest allowed). */
    private static final AtomicInteger NEXT_EXTENSION = new AtomicInteger(10_000_000);

    private SoapBenchmark() {
    }

    record Settings(PayaraMicro.Artifacts artifacts, List<Integer> clients, int warmupSeconds, int durationSeconds,
                    int readyTimeoutSeconds, int maxMinutes, String pgUrl, String pgUser, String pgPassword,
                    boolean pgReset, boolean pair, boolean h2) {

        static Settings fromSystemProperties() {
            List<Integer> clients = Arrays.stream(prop("bench.clients", "1,4,16").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
            if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1 || c > MAX_CLIENTS)) {
                throw new IllegalArgumentException("bench.clients: 1 to " + MAX_CLIENTS + " each, got " + clients);
            }
            int warmup = bounded("bench.warmupSeconds", 10, 0, 300);
            int duration = bounded("bench.durationSeconds", 10, 1, 600);
            String pgUrl = prop("bench.postgres.url", "").trim();
            if (!pgUrl.isEmpty()) {
                requireLoopback(pgUrl);
            }
            return new Settings(PayaraMicro.Artifacts.fromSystemProperties(), clients, warmup, duration,
                    bounded("bench.readyTimeoutSeconds", 600, 10, 900), bounded("bench.maxMinutes", 30, 1, 120), pgUrl,
                    prop("bench.postgres.user", "onenumber"), prop("bench.postgres.password", "onenumber"),
                    Boolean.parseBoolean(prop("bench.postgres.reset", "false")),
                    Boolean.parseBoolean(prop("bench.postgres.pair", "false")), Boolean.parseBoolean(prop("bench.h2", "true")));
        }
    }

    /** The benchmark sends traffic to this machine only: a PostgreSQL URL must name a loopback host. */
    static void requireLoopback(String jdbcUrl) {
        String prefix = "jdbc:postgresql:";
        if (!jdbcUrl.startsWith(prefix)) {
            throw new IllegalArgumentException("bench.postgres.url must be a jdbc:postgresql: URL");
        }
        String rest = jdbcUrl.substring(prefix.length());
        if (!rest.startsWith("//")) {
            return; // jdbc:postgresql:database means localhost
        }
        String authority = rest.substring(2).split("[/?]", 2)[0];
        for (String hostAndPort : authority.split(",")) {
            String host = hostAndPort.startsWith("[") ? hostAndPort.substring(0, hostAndPort.indexOf(']') + 1)
                    : hostAndPort.split(":", 2)[0];
            boolean loopback = host.isEmpty() || host.equals("localhost") || host.equals("[::1]")
                    || host.matches("127(\\.\\d{1,3}){3}");
            if (!loopback) {
                throw new IllegalArgumentException("bench.postgres.url must name a loopback host (127.0.0.1, localhost, [::1]), got "
                        + host);
            }
        }
    }

    record Row(String db, String operation, int clients, long ops, double seconds, double p50Ms, double p99Ms, long errors) {
        double opsPerSecond() {
            return ops / seconds;
        }
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromSystemProperties();
        List<Row> rows = new ArrayList<>();
        List<Memory> memory = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int status = Bench.measure(settings.maxMinutes(), () -> {
            List<Database> databases = new ArrayList<>();
            if (settings.h2()) {
                databases.add(Database.h2(Bench.dataRoot().resolve("h2")));
            }
            if (settings.pgUrl().isEmpty()) {
                notes.add("PostgreSQL not run: pass -Dbench.postgres.url=jdbc:postgresql://127.0.0.1:5432/<database>.");
            } else {
                databases.add(new Database("postgresql", "org.postgresql.ds.PGSimpleDataSource", settings.pgUrl(),
                        settings.pgUser(), settings.pgPassword()));
            }
            for (Database db : databases) {
                if (!db.name().equals("postgresql")) {
                    run(settings, db, Deployment.ONE, rows, memory, notes);
                    continue;
                }
                preparePostgres(settings, db, notes);
                if (!settings.pair()) {
                    run(settings, db, Deployment.ONE, rows, memory, notes);
                    continue;
                }
                // one instance against two behind the balancer: each in a new schema of its own, both driving one
                // switch emulator in this JVM (as every instance of a cluster drives the one switch)
                try (SwitchEmulator emulator = SwitchEmulator.start(SwitchEmulator.Settings.defaults()
                        .withCredentials(SwitchConsole.USER, SwitchConsole.PASSWORD))) {
                    Database single = inSchema(db, "bench_one");
                    run(settings, single, new Deployment(1, emulator), rows, memory, notes);
                    run(settings, inSchema(db, "bench_two"), new Deployment(2, emulator), rows, memory, notes);
                    // the write pair's own statements, on the first run's data, as the database's own speed
                    rows.addAll(WritePairSql.measure(settings, single, notes));
                }
            }
        });
        print(settings, rows, memory, notes);
        System.exit(status);
    }

    private static void preparePostgres(Settings settings, Database db, List<String> notes) throws SQLException {
        if (!settings.pgReset()) {
            notes.add("PostgreSQL database used as found (no -Dbench.postgres.reset=true).");
            return;
        }
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
                if (rs.next() && rs.getBoolean(1)) {
                    throw new IllegalStateException("bench.postgres.reset refused: " + db.user()
                            + " is a superuser; use a role and database made for the benchmark");
                }
            }
            statement.execute("drop owned by current_user");
        }
        notes.add("PostgreSQL database emptied first (drop owned by current_user).");
        log("postgresql: emptied " + db.url() + " (drop owned by current_user)");
    }

    /** How the server side runs: one instance, or two clustered ones behind HAProxy; with a switch of its own or not. */
    record Deployment(int instances, SwitchEmulator emulator) {
        /** One instance with its embedded switch, as the run command starts it. */
        static final Deployment ONE = new Deployment(1, null);

        String label(Database db) {
            return instances == 1 ? db.name() : db.name() + " x" + instances + " (HAProxy)";
        }
    }

    private static void run(Settings settings, Database db, Deployment deployment, List<Row> rows, List<Memory> memory,
                            List<String> notes) throws Exception {
        String label = deployment.label(db);
        Path dir = Bench.dataRoot().resolve(deployment.instances() == 1 ? db.name() : db.name() + "-x" + deployment.instances());
        String loadBefore = loadAverage();
        try (Servers servers = Servers.start(settings, db, deployment, dir)) {
            Fixture fixture = Fixture.create(servers.base(), FIXTURE_USERS);
            List<Operation> operations = List.of(
                    new Operation("Ping", (port, index) -> {
                        Ping ping = new Ping();
                        return () -> port.ping(ping);
                    }),
                    new Operation("GetUser", (port, index) -> {
                        GetUser get = new GetUser();
                        get.setUserId(fixture.userIds().get(index % fixture.userIds().size()));
                        return () -> port.getUser(get);
                    }),
                    new Operation(WRITE_PAIR, (port, index) -> () -> {
                        User user = port.addUser(fixture.newUser(String.valueOf(NEXT_EXTENSION.getAndIncrement()))).getUser();
                        DeleteUser delete = new DeleteUser();
                        delete.setUserId(user.getUserId());
                        delete.setExpectedVersion(user.getVersion());
                        port.deleteUser(delete);
                    }));
            for (Operation operation : operations) {
                for (int clients : settings.clients()) {
                    Row row = measure(settings, label, servers.base(), operation, clients, notes);
                    rows.add(row);
                    log(String.format(Locale.ROOT, "%s: %s, %d clients: %.1f ops/s, p50 %.2f ms, p99 %.2f ms, %d errors",
                            label, operation.name(), clients, row.opsPerSecond(), row.p50Ms(), row.p99Ms(), row.errors()));
                }
            }
            memory.addAll(servers.memory(label));
        }
        notes.add(label + ": machine load average (1, 5, 15 min) " + loadBefore + " before, " + loadAverage() + " after.");
    }

    /** A database of the same server and user, in a new empty schema {@code schema} (dropped first if it exists). */
    private static Database inSchema(Database db, String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
            statement.execute("create schema " + schema);
        }
        return new Database(db.name(), db.datasourceClass(),
                db.url() + (db.url().contains("?") ? "&" : "?") + "currentSchema=" + schema, db.user(), db.password());
    }

    /**
     * The servers of one run, started and ready: one instance, or two of one Payara cluster (the second joins the
     * first's data grid and loads no demo data) behind HAProxy with the checked-in {@code server-config/haproxy.cfg},
     * as README's "Several instances" runs them. SOAP clients carry no cookie, so the balancer sends their calls round
     * robin.
     */
    private static final class Servers implements AutoCloseable {
        private final List<PayaraMicro> started = new ArrayList<>();
        private Balancer balancer;

        static Servers start(Settings settings, Database db, Deployment deployment, Path dir) throws Exception {
            Servers servers = new Servers();
            try {
                PayaraMicro.Settings each = PayaraMicro.Settings.of(settings.artifacts(), db, dir);
                if (deployment.emulator() != null) {
                    each = each.with("onenumber.switch.embedded", "false")
                            .with("onenumber.switch.port", String.valueOf(deployment.emulator().port()));
                }
                if (deployment.instances() == 1) {
                    servers.started.add(PayaraMicro.start(each));
                } else {
                    PayaraMicro.Cluster cluster = PayaraMicro.Cluster.create();
                    PayaraMicro first = PayaraMicro.start(each.inCluster(cluster, dir.resolve("one")));
                    servers.started.add(first);
                    first.awaitLog("Payara Data Grid State", settings.readyTimeoutSeconds());
                    servers.started.add(PayaraMicro.start(each.with("onenumber.demo-data", "false")
                            .inCluster(cluster.member(), dir.resolve("two"))));
                }
                for (PayaraMicro server : servers.started) {
                    server.awaitReady(db.name(), settings.readyTimeoutSeconds());
                }
                if (servers.started.size() > 1) {
                    servers.balancer = Balancer.start(settings.artifacts().checkout().resolve("server-config/haproxy.cfg"),
                            servers.started, dir.resolve("haproxy.log"));
                }
                return servers;
            } catch (Exception | Error e) {
                servers.close();
                throw e;
            }
        }

        /** Where the clients call: the balancer, or the one server; no trailing slash. */
        String base() {
            return balancer == null ? started.get(0).base() : balancer.url().toString().replaceAll("/$", "");
        }

        List<Memory> memory(String label) {
            List<Memory> all = new ArrayList<>();
            for (int i = 0; i < started.size(); i++) {
                all.add(started.get(i).memory(started.size() == 1 ? label : label + " #" + (i + 1)));
            }
            return all;
        }

        @Override
        public void close() {
            if (balancer != null) {
                balancer.close();
            }
            started.forEach(PayaraMicro::close);
        }
    }

    // ---- load ----

    interface Call {
        void run() throws Exception;
    }

    interface CallFactory {
        Call create(ProvisioningPort port, int clientIndex);
    }

    record Operation(String name, CallFactory calls) {
    }

    /** One client: a thread with its own CXF proxy (request contexts are per proxy). */
    private static final class Client implements Runnable {
        private final Call call;
        private final long startAt;
        private final long measureFrom;
        private final long end;
        private long[] samples = new long[1024];
        private int count;
        private long errors;
        private String firstError;

        Client(Call call, long startAt, long measureFrom, long end) {
            this.call = call;
            this.startAt = startAt;
            this.measureFrom = measureFrom;
            this.end = end;
        }

        @Override
        public void run() {
            long wait;
            while ((wait = startAt - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            long t0;
            while ((t0 = System.nanoTime()) < end && !Thread.currentThread().isInterrupted()) {
                try {
                    call.run();
                    long elapsed = System.nanoTime() - t0;
                    if (t0 >= measureFrom) {
                        record(elapsed);
                    }
                } catch (Exception e) {
                    if (t0 >= measureFrom) {
                        errors++;
                    }
                    if (firstError == null) {
                        firstError = e.toString().replaceAll("\\s+", " ");
                    }
                    LockSupport.parkNanos(5_000_000); // no busy loop against a failing server
                }
            }
        }

        private void record(long nanos) {
            if (count == samples.length) {
                if (count >= MAX_SAMPLES_PER_CLIENT) {
                    return;
                }
                samples = Arrays.copyOf(samples, Math.min(count * 2, MAX_SAMPLES_PER_CLIENT));
            }
            samples[count++] = nanos;
        }
    }

    private static Row measure(Settings settings, String db, String base, Operation operation, int clients,
                               List<String> notes) throws InterruptedException {
        List<ProvisioningPort> ports = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            ports.add(port(base));
            calls.add(operation.calls().create(ports.get(i), i));
        }
        try {
            return measure(settings, db, operation.name(), calls, notes);
        } finally {
            for (ProvisioningPort port : ports) {
                try {
                    ((Closeable) port).close();
                } catch (IOException | RuntimeException e) {
                    // closing a client is best effort
                }
            }
        }
    }

    /** Runs each call in a loop on a thread of its own (one client each) through a warm-up and the measured window. */
    static Row measure(Settings settings, String db, String operation, List<Call> calls, List<String> notes)
            throws InterruptedException {
        int clients = calls.size();
        long startAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long measureFrom = startAt + TimeUnit.SECONDS.toNanos(settings.warmupSeconds());
        long end = measureFrom + TimeUnit.SECONDS.toNanos(settings.durationSeconds());
        List<Client> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(calls.get(i), startAt, measureFrom, end);
            Thread thread = new Thread(client, "bench-" + operation + "-" + i);
            thread.setDaemon(true);
            workers.add(client);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        // every call has a timeout, so each thread ends at most one call timeout after the window
        long joinDeadline = end + TimeUnit.MILLISECONDS.toNanos(CALL_TIMEOUT_MS + CONNECT_TIMEOUT_MS + 5_000);
        long ops = 0;
        long errors = 0;
        List<long[]> samples = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = threads.get(i);
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(joinDeadline - System.nanoTime())));
            Client client = workers.get(i);
            if (thread.isAlive()) {
                thread.interrupt();
                errors++;
                notes.add(db + " " + operation + " x" + clients + ": a client was still in a call after its window; left out");
                continue;
            }
            samples.add(Arrays.copyOf(client.samples, client.count));
            ops += client.count;
            errors += client.errors;
            if (client.firstError != null) {
                String note = db + " " + operation + " x" + clients + ": first error: " + client.firstError;
                if (notes.stream().noneMatch(n -> n.startsWith(db + " " + operation + " x" + clients + ": first error"))) {
                    notes.add(note);
                }
            }
        }
        long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Row(db, operation, clients, ops, settings.durationSeconds(),
                percentileMs(all, 0.50), percentileMs(all, 0.99), errors);
    }

    // ---- output ----

    private static void print(Settings settings, List<Row> rows, List<Memory> memory, List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append("\n## OneNumber SOAP benchmark\n\n");
        out.append(String.format(Locale.ROOT, "%s; %d cores, client and server on the same machine; Java %s; "
                        + "warm-up %d s, measured %d s per row; latency per operation, AddUser+DeleteUser is two calls.%n%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                settings.warmupSeconds(), settings.durationSeconds()));
        out.append("| db | operation | clients | ops/s | p50 ms | p99 ms | errors |\n");
        out.append("|----|-----------|--------:|------:|-------:|-------:|-------:|\n");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.2f | %.2f | %d |%n", row.db(), row.operation(),
                    row.clients(), row.opsPerSecond(), row.p50Ms(), row.p99Ms(), row.errors()));
        }
        ratios(rows, out);
        if (!memory.isEmpty()) {
            out.append("\n| db | server RSS at end (MiB) | server peak RSS (MiB) |\n");
            out.append("|----|------------------------:|----------------------:|\n");
            for (Memory m : memory) {
                out.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", m.db(), mib(m.rssKb()), mib(m.peakKb())));
            }
        }
        for (String note : notes) {
            out.append("\n- ").append(note);
        }
        out.append('\n');
        System.out.print(out);
        System.out.flush();
    }

    /**
     * On PostgreSQL with {@code bench.postgres.pair}: two instances over one, for the read and the write pair; and the
     * write pair through one instance over the same statements sent by plain JDBC, the database's own speed.
     */
    private static void ratios(List<Row> rows, StringBuilder out) {
        String one = "postgresql";
        String two = new Deployment(2, null).label(new Database(one, null, null, null, null));
        if (rows.stream().noneMatch(row -> row.db().equals(two))) {
            return;
        }
        out.append("\n| operation | clients | one instance ops/s | two instances ops/s | two / one |"
                + " same SQL over JDBC ops/s | one instance / JDBC |\n");
        out.append("|-----------|--------:|-------------------:|--------------------:|----------:|"
                + "-------------------------:|-------------------:|\n");
        for (Row single : rows) {
            if (!single.db().equals(one) || single.operation().equals("Ping")) {
                continue;
            }
            Row pair = find(rows, two, single.operation(), single.clients());
            Row jdbc = single.operation().equals(WRITE_PAIR) ? find(rows, WritePairSql.LABEL, WRITE_PAIR, single.clients()) : null;
            out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %s | %s | %s |%n", single.operation(), single.clients(),
                    single.opsPerSecond(), pair == null ? "" : String.format(Locale.ROOT, "%.1f", pair.opsPerSecond()),
                    pair == null ? "" : String.format(Locale.ROOT, "%.2f", pair.opsPerSecond() / single.opsPerSecond()),
                    jdbc == null ? "" : String.format(Locale.ROOT, "%.1f", jdbc.opsPerSecond()),
                    jdbc == null ? "" : String.format(Locale.ROOT, "%.3f", single.opsPerSecond() / jdbc.opsPerSecond())));
        }
    }

    private static Row find(List<Row> rows, String db, String operation, int clients) {
        return rows.stream().filter(row -> row.db().equals(db) && row.operation().equals(operation) && row.clients() == clients)
                .findFirst().orElse(null);
    }

    private static String mib(long kb) {
        return kb < 0 ? "n/a" : String.valueOf(Math.round(kb / 1024.0));
    }
}
