package org.onenumber.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.onenumber.client.AddAccount;
import org.onenumber.client.AddSite;
import org.onenumber.client.AddUser;
import org.onenumber.client.DeleteUser;
import org.onenumber.client.GetUser;
import org.onenumber.client.Ping;
import org.onenumber.client.ProfileType;
import org.onenumber.client.ProvisioningPort;
import org.onenumber.client.User;

/**
 * Throughput and latency of the SOAP API under concurrent clients, on H2 and (when given) PostgreSQL.
 * A program, not a test: see {@code package-info.java} for the command and the settings.
 */
public final class SoapBenchmark {

    private static final int MAX_CLIENTS = 64;
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int CALL_TIMEOUT_MS = 30_000;
    private static final int MAX_SAMPLES_PER_CLIENT = 5_000_000;
    private static final int FIXTURE_USERS = 16;
    private static final String SOAP_USER = "acme-api";
    private static final String SOAP_PASSWORD = "acme-api-secret1";

    /** Extensions for AddUser+DeleteUser: unique for the whole run (8 digits, the longest allowed). */
    private static final AtomicInteger NEXT_EXTENSION = new AtomicInteger(10_000_000);

    private SoapBenchmark() {
    }

    record Settings(Path war, Path microJar, Path postBoot, Path dataRoot, List<Integer> clients, int warmupSeconds,
                    int durationSeconds, int readyTimeoutSeconds, int maxMinutes, String pgUrl, String pgUser,
                    String pgPassword, boolean pgReset) {

        static Settings fromSystemProperties() {
            List<Integer> clients = Arrays.stream(prop("bench.clients", "1,4,16").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
            if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1 || c > MAX_CLIENTS)) {
                throw new IllegalArgumentException("bench.clients: 1 to " + MAX_CLIENTS + " each, got " + clients);
            }
            int warmup = bounded("bench.warmupSeconds", 3, 0, 300);
            int duration = bounded("bench.durationSeconds", 10, 1, 600);
            String pgUrl = prop("bench.postgres.url", "").trim();
            if (!pgUrl.isEmpty()) {
                requireLoopback(pgUrl);
            }
            return new Settings(Path.of(prop("bench.war", "target/onenumber.war")).toAbsolutePath(),
                    Path.of(prop("bench.microJar", "target/payara-micro.jar")).toAbsolutePath(),
                    Path.of(prop("bench.postBoot", "server-config/post-boot.asadmin")).toAbsolutePath(),
                    Path.of(prop("bench.dataDir", "target/bench-data")).toAbsolutePath(),
                    clients, warmup, duration, bounded("bench.readyTimeoutSeconds", 240, 10, 900),
                    bounded("bench.maxMinutes", 30, 1, 120), pgUrl, prop("bench.postgres.user", "onenumber"),
                    prop("bench.postgres.password", "onenumber"), Boolean.parseBoolean(prop("bench.postgres.reset", "false")));
        }

        private static String prop(String name, String fallback) {
            String value = System.getProperty(name);
            return value == null || value.isBlank() ? fallback : value;
        }

        private static int bounded(String name, int fallback, int min, int max) {
            int value = Integer.parseInt(prop(name, String.valueOf(fallback)).trim());
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + ": " + min + " to " + max + ", got " + value);
            }
            return value;
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

    record Database(String name, String datasourceClass, String url, String user, String password) {
    }

    record Row(String db, String operation, int clients, long ops, double seconds, double p50Ms, double p99Ms, long errors) {
        double opsPerSecond() {
            return ops / seconds;
        }
    }

    record Memory(String db, long rssKb, long peakKb) {
    }

    /** Held so the level sticks: CXF logs each proxy it creates and each failed call (counted here anyway). */
    private static final Logger CXF_LOG = Logger.getLogger("org.apache.cxf");

    public static void main(String[] args) {
        CXF_LOG.setLevel(Level.SEVERE);
        Settings settings = Settings.fromSystemProperties();
        startWatchdog(settings.maxMinutes());
        List<Row> rows = new ArrayList<>();
        List<Memory> memory = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int status = 0;
        try {
            List<Database> databases = new ArrayList<>();
            databases.add(new Database("h2", "org.h2.jdbcx.JdbcDataSource",
                    "jdbc:h2:file:" + settings.dataRoot().resolve("h2/db/onenumber"), "onenumber", "onenumber"));
            if (settings.pgUrl().isEmpty()) {
                notes.add("PostgreSQL not run: pass -Dbench.postgres.url=jdbc:postgresql://127.0.0.1:5432/<database>.");
            } else {
                databases.add(new Database("postgresql", "org.postgresql.ds.PGSimpleDataSource", settings.pgUrl(),
                        settings.pgUser(), settings.pgPassword()));
            }
            for (Database db : databases) {
                if (db.name().equals("postgresql")) {
                    preparePostgres(settings, db, notes);
                }
                run(settings, db, rows, memory, notes);
            }
        } catch (Exception e) {
            log("failed: " + e);
            e.printStackTrace();
            status = 1;
        }
        print(settings, rows, memory, notes);
        System.exit(status);
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

    private static void run(Settings settings, Database db, List<Row> rows, List<Memory> memory, List<String> notes)
            throws Exception {
        Path dir = settings.dataRoot().resolve(db.name());
        String loadBefore = loadAverage();
        try (Server server = Server.start(settings, db, dir)) {
            long booting = System.nanoTime();
            server.awaitReady(settings.readyTimeoutSeconds());
            log(db.name() + ": ready in " + (System.nanoTime() - booting) / 1_000_000_000 + " s at " + server.base()
                    + " (server log " + server.logFile() + ")");
            Fixture fixture = Fixture.create(server.base());
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
                    new Operation("AddUser+DeleteUser", (port, index) -> () -> {
                        User user = port.addUser(fixture.newUser(String.valueOf(NEXT_EXTENSION.getAndIncrement()))).getUser();
                        DeleteUser delete = new DeleteUser();
                        delete.setUserId(user.getUserId());
                        delete.setExpectedVersion(user.getVersion());
                        port.deleteUser(delete);
                    }));
            for (Operation operation : operations) {
                for (int clients : settings.clients()) {
                    Row row = measure(settings, db.name(), server.base(), operation, clients, notes);
                    rows.add(row);
                    log(String.format(Locale.ROOT, "%s: %s, %d clients: %.1f ops/s, p50 %.2f ms, p99 %.2f ms, %d errors",
                            db.name(), operation.name(), clients, row.opsPerSecond(), row.p50Ms(), row.p99Ms(), row.errors()));
                }
            }
            memory.add(server.memory(db.name()));
        }
        notes.add(db.name() + ": machine load average (1, 5, 15 min) " + loadBefore + " before, " + loadAverage() + " after.");
    }

    /** The machine's load average from /proc (Linux): other work on the machine shows in the figures. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
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
        for (int i = 0; i < clients; i++) {
            ports.add(port(base));
        }
        long startAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long measureFrom = startAt + TimeUnit.SECONDS.toNanos(settings.warmupSeconds());
        long end = measureFrom + TimeUnit.SECONDS.toNanos(settings.durationSeconds());
        List<Client> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(operation.calls().create(ports.get(i), i), startAt, measureFrom, end);
            Thread thread = new Thread(client, "bench-" + operation.name() + "-" + i);
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
                notes.add(db + " " + operation.name() + " x" + clients + ": a client was still in a call after its window; left out");
                continue;
            }
            samples.add(Arrays.copyOf(client.samples, client.count));
            ops += client.count;
            errors += client.errors;
            if (client.firstError != null) {
                String note = db + " " + operation.name() + " x" + clients + ": first error: " + client.firstError;
                if (notes.stream().noneMatch(n -> n.startsWith(db + " " + operation.name() + " x" + clients + ": first error"))) {
                    notes.add(note);
                }
            }
        }
        for (ProvisioningPort port : ports) {
            try {
                ((Closeable) port).close();
            } catch (IOException | RuntimeException e) {
                // closing a client is best effort
            }
        }
        long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Row(db, operation.name(), clients, ops, settings.durationSeconds(),
                percentileMs(all, 0.50), percentileMs(all, 0.99), errors);
    }

    /** Nearest-rank percentile of sorted nanosecond samples, in milliseconds (NaN when there are none). */
    static double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }

    static ProvisioningPort port(String base) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(ProvisioningPort.class);
        factory.setAddress(base + "/ws/provisioning");
        factory.setUsername(SOAP_USER);
        factory.setPassword(SOAP_PASSWORD);
        ProvisioningPort port = factory.create(ProvisioningPort.class);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(CONNECT_TIMEOUT_MS);
        policy.setReceiveTimeout(CALL_TIMEOUT_MS);
        policy.setVersion("1.1"); // plain HTTP/1.1 keep-alive, as carriers' SOAP stacks do; no h2c upgrade
        ((HTTPConduit) ClientProxy.getClient(port).getConduit()).setClient(policy);
        return port;
    }

    /** An account with a site and users to read, made through SOAP as the demo carrier client. */
    record Fixture(long accountId, long siteId, List<Long> userIds) {

        static Fixture create(String base) throws Exception {
            ProvisioningPort port = port(base);
            try {
                AddAccount addAccount = new AddAccount();
                addAccount.setName("Benchmark " + Instant.now());
                long accountId = port.addAccount(addAccount).getAccount().getAccountId();
                AddSite addSite = new AddSite();
                addSite.setAccountId(accountId);
                addSite.setName("Bench HQ");
                addSite.setCountry("US");
                long siteId = port.addSite(addSite).getSite().getSiteId();
                Fixture fixture = new Fixture(accountId, siteId, new ArrayList<>());
                for (int i = 0; i < FIXTURE_USERS; i++) {
                    fixture.userIds().add(port.addUser(fixture.newUser(String.valueOf(2001 + i))).getUser().getUserId());
                }
                return fixture;
            } finally {
                ((Closeable) port).close();
            }
        }

        AddUser newUser(String extension) {
            AddUser add = new AddUser();
            add.setAccountId(accountId);
            add.setSiteId(siteId);
            add.setFirstName("Bench");
            add.setLastName("User " + extension);
            add.setEmail("bench" + extension + "@example.com");
            add.setExtension(extension);
            add.setProfileType(ProfileType.PREMIER);
            return add;
        }
    }

    // ---- server ----

    /** Payara Micro as a child process; never outlives the benchmark (close, or the shutdown hook). */
    private static final class Server implements AutoCloseable {
        private final Process process;
        private final int port;
        private final Path log;
        private final Thread hook;

        private Server(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
            this.hook = new Thread(this::stop, "bench-stop-server");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        static Server start(Settings settings, Database db, Path dir) throws IOException {
            for (Path required : List.of(settings.war(), settings.microJar(), settings.postBoot())) {
                if (!Files.isRegularFile(required)) {
                    throw new IllegalStateException("missing " + required + ": build with mvn -Pbench package");
                }
            }
            deleteTree(dir);
            Files.createDirectories(dir);
            // before boot: the HTTP listener listens on loopback only
            Path preBoot = dir.resolve("pre-boot.asadmin");
            Files.writeString(preBoot, "set configs.config.server-config.network-config.network-listeners"
                    + ".network-listener.http-listener.address=127.0.0.1\n");
            int port = freeLoopbackPort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(java, "-Xmx1g",
                    "-Donenumber.data.dir=" + dir,
                    "-Donenumber.demo-data=true",
                    "-Donenumber.public-url=http://127.0.0.1:" + port + "/onenumber",
                    "-Dcom.sun.xml.ws.monitoring.endpoint=false",
                    "-Dmp.health.default.readiness.empty.response=DOWN",
                    "-Donenumber.switch.embedded=true",
                    "-Donenumber.switch.port=" + freeLoopbackPort(),
                    "-jar", settings.microJar().toString(),
                    "--rootdir", dir.resolve("payara").toString(),
                    "--nocluster",
                    "--port", String.valueOf(port),
                    "--prebootcommandfile", preBoot.toString(),
                    "--postbootcommandfile", settings.postBoot().toString(),
                    "--deploy", settings.war().toString());
            Path log = dir.resolve("server.log");
            // started in the checkout, where the post-boot file finds target/onenumber-switch.rar
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // the database through the environment (MicroProfile Config), so no password is on a command line
            builder.environment().put("ONENUMBER_DB_DATASOURCE_CLASS", db.datasourceClass());
            builder.environment().put("ONENUMBER_DB_URL", db.url());
            builder.environment().put("ONENUMBER_DB_USER", db.user());
            builder.environment().put("ONENUMBER_DB_PASSWORD", db.password());
            SoapBenchmark.log(db.name() + ": starting Payara Micro on 127.0.0.1:" + port);
            return new Server(builder.start(), port, log);
        }

        String base() {
            return "http://127.0.0.1:" + port + "/onenumber";
        }

        Path logFile() {
            return log;
        }

        void awaitReady(int timeoutSeconds) throws IOException, InterruptedException {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            String last = "no answer";
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                    last = response.statusCode() + " " + response.body();
                    if (response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                        return;
                    }
                } catch (IOException e) {
                    last = e.toString();
                }
                Thread.sleep(1_000);
            }
            throw new IllegalStateException("not ready after " + timeoutSeconds + " s (last: " + last + "); see " + log);
        }

        /** Resident and peak resident memory of the server process, from /proc (Linux), in KiB. */
        Memory memory(String db) {
            long rss = -1;
            long peak = -1;
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss = Long.parseLong(line.replaceAll("\\D", ""));
                    } else if (line.startsWith("VmHWM:")) {
                        peak = Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or the process is gone: no figure
            }
            return new Memory(db, rss, peak);
        }

        private void stop() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            stop();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook runs stop() again, harmlessly
            }
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
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

    private static String mib(long kb) {
        return kb < 0 ? "n/a" : String.valueOf(Math.round(kb / 1024.0));
    }

    private static void log(String message) {
        System.err.println("[bench] " + message);
        System.err.flush();
    }
}
