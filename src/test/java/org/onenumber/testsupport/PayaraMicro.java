package org.onenumber.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Payara Micro with the built WAR as a child process of a test run or a benchmark: the switch adapter deployed
 * first, the HTTP listener on loopback, and every port it opens (HTTP, the
 * embedded switch emulator, its admin console, the SMTP sink) a free loopback port chosen at start, so
 * it never meets another server on the machine. It never outlives the JVM that started it (close, or the
 * shutdown hook).
 */
public final class PayaraMicro implements AutoCloseable {

    private static final AtomicInteger BOOTS = new AtomicInteger();
    static final String METRICS_USER = "metrics-reader";
    private static final String METRICS_PASSWORD = "metrics-reader-secret1";

    /** Where the built artifacts are, and the checkout the server starts in. */
    public record Artifacts(Path war, Path microJar, Path preBoot, Path postBoot, Path checkout) {

        /** From the build's system properties (failsafe and the benchmark profiles set them); defaults for a run from the checkout. */
        public static Artifacts fromSystemProperties() {
            Path checkout = Path.of(prop("project.basedir", ".")).toAbsolutePath().normalize();
            return new Artifacts(Path.of(prop("onenumber.war", checkout.resolve("target/onenumber.war").toString())),
                    Path.of(prop("payara.microJar", checkout.resolve("target/payara-micro.jar").toString())),
                    checkout.resolve("server-config/pre-boot.asadmin"), checkout.resolve("server-config/post-boot.asadmin"),
                    checkout);
        }
    }

    /**
     * A database: its JDBC class ({@code onenumber.db.datasource-class}), or null for the application's own default,
     * as on H2: named from outside, H2's data source is pooled by Payara as an XA one, whose handles H2 rolls back at
     * every close, emptying its statement cache (see README, the settings).
     */
    public record Database(String name, String datasourceClass, String url, String user, String password) {

        /** A new H2 file database under the data directory {@code dir}. */
        public static Database h2(Path dir) {
            return new Database("h2", null,
                    "jdbc:h2:file:" + dir.resolve("db/onenumber") + ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=100", "onenumber", "onenumber");
        }

        /**
         * As {@link #h2}, open to the test beside the server (the first to open the file serves it to the other), each
         * lock waited for at most {@code lockTimeoutMillis}.
         */
        public static Database h2Shared(Path dir, int lockTimeoutMillis) {
            return new Database("h2", null, "jdbc:h2:file:" + dir.resolve("db/onenumber") + ";LOCK_TIMEOUT="
                    + lockTimeoutMillis + ";QUERY_CACHE_SIZE=100;AUTO_SERVER=TRUE", "onenumber", "onenumber");
        }

        /** The database the build chose for this integration run (it.db*, see the pom), H2 under {@code dir} by default. */
        public static Database fromSystemProperties(Path dir) {
            Database h2 = h2(dir);
            return new Database(prop("it.db", h2.name()), prop("it.db.datasource-class", h2.datasourceClass()),
                    prop("it.db.url", h2.url()), prop("it.db.user", h2.user()), prop("it.db.password", h2.password()));
        }

        /** A connection of the test's own, as an operator would open one. */
        public java.sql.Connection connect() throws java.sql.SQLException {
            return java.sql.DriverManager.getConnection(url, user, password);
        }

        /** Whether a statement of any connection but {@code watcher}'s waits for a lock another transaction holds. */
        public boolean someoneWaitsForALock(java.sql.Connection watcher) throws java.sql.SQLException {
            String sql = name.equals("postgresql")
                    ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                    : "select count(*) from information_schema.sessions where blocker_id is not null";
            try (java.sql.Statement s = watcher.createStatement(); java.sql.ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1) > 0;
            }
        }

        /**
         * Whether another session waits to insert into {@code table}: on PostgreSQL, waits for a lock (an insert
         * meeting another transaction's uncommitted key waits for it); on H2 also a session still running an insert
         * into it, because H2 answers such an insert with a concurrent update that it retries until its lock timeout,
         * a wait that it does not show as blocked.
         */
        public boolean someoneWaitsToInsertInto(java.sql.Connection watcher, String table) throws java.sql.SQLException {
            if (name.equals("postgresql")) {
                return someoneWaitsForALock(watcher);
            }
            try (java.sql.PreparedStatement s = watcher.prepareStatement("select count(*) from information_schema.sessions"
                    + " where session_id <> session_id() and (blocker_id is not null or lower(executing_statement) like ?)")) {
                s.setString(1, "insert into " + table.toLowerCase(java.util.Locale.ROOT) + " %");
                try (java.sql.ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                }
            }
        }

        /** The one number {@code sql} selects with its one parameter {@code id} (0 for none). */
        public long number(String sql, long id) throws java.sql.SQLException {
            try (java.sql.Connection c = connect(); java.sql.PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, id);
                try (java.sql.ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        }
    }

    /**
     * Membership of a Payara Micro cluster (Payara's Hazelcast data grid) on loopback: its name, which no other
     * server on the machine uses, the data grid port of its first member, which every member is told to join
     * ({@code --clustermode tcpip}), and this member's own. Host-aware partitioning is off, so that members on one
     * machine keep each other's backups (web sessions among them).
     */
    public record Cluster(String name, int firstPort, int port) {

        /** A new cluster of its own name; this is its first member, on a free loopback port. */
        public static Cluster create() throws IOException {
            int port = freeLoopbackPort();
            return new Cluster("onenumber-" + java.util.UUID.randomUUID().toString().substring(0, 8), port, port);
        }

        /** The next member of the same cluster, on a free loopback port of its own. */
        public Cluster member() throws IOException {
            return new Cluster(name, firstPort, freeLoopbackPort());
        }

        List<String> options() {
            return List.of("--clustername", name, "--clustermode", "tcpip:127.0.0.1:" + firstPort,
                    "--startport", String.valueOf(port), "--nohostaware");
        }
    }

    /** What to start. The defaults suit a benchmark; tests add what they drive (admin console, SMTP sink, settings). */
    public record Settings(Artifacts artifacts, Database db, Path dir, boolean fresh, boolean switchAdmin,
                           boolean mailSink, Map<String, String> properties, boolean consoleOutput, Cluster cluster) {

        /**
         * A fresh data directory {@code dir} (emptied first), demo data, the embedded switch, no admin console, no SMTP
         * sink, in no cluster ({@code --nocluster}).
         */
        public static Settings of(Artifacts artifacts, Database db, Path dir) {
            return new Settings(artifacts, db, dir, true, false, false, Map.of(), false, null);
        }

        /** Keeps the database and mail of an earlier start in {@code dir} (Payara's runtime directory is always new). */
        public Settings keepingData() {
            return new Settings(artifacts, db, dir, false, switchAdmin, mailSink, properties, consoleOutput, cluster);
        }

        /** The embedded emulator's admin console on a free loopback port ({@link #adminPort()}). */
        public Settings withSwitchAdmin() {
            return new Settings(artifacts, db, dir, fresh, true, mailSink, properties, consoleOutput, cluster);
        }

        /** The embedded SMTP sink, keeping each message under {@code dir/mail}. */
        public Settings withMailSink() {
            return new Settings(artifacts, db, dir, fresh, switchAdmin, true, properties, consoleOutput, cluster);
        }

        /** One more system property (a MicroProfile Config key) for the server. */
        public Settings with(String key, String value) {
            Map<String, String> more = new LinkedHashMap<>(properties);
            more.put(key, value);
            return new Settings(artifacts, db, dir, fresh, switchAdmin, mailSink, Collections.unmodifiableMap(more), consoleOutput,
                    cluster);
        }

        /** The server's output on this process's console instead of {@code dir/server.log}. */
        public Settings withConsoleOutput(boolean console) {
            return new Settings(artifacts, db, dir, fresh, switchAdmin, mailSink, properties, console, cluster);
        }

        /** A member of {@code membership} instead of a lone server; its own data directory {@code memberDir}. */
        public Settings inCluster(Cluster membership, Path memberDir) {
            return new Settings(artifacts, db, memberDir, fresh, switchAdmin, mailSink, properties, consoleOutput, membership);
        }
    }

    public record Memory(String db, long rssKb, long peakKb) {
    }

    private final Process process;
    private final Path dir;
    private final int port;
    private final int sslPort;
    private final int switchPort;
    private final int adminPort;
    private final int mailPort;
    private final Path log;
    private final Thread hook;

    private PayaraMicro(Process process, Path dir, int port, int sslPort, int switchPort, int adminPort, int mailPort, Path log) {
        this.process = process;
        this.dir = dir;
        this.port = port;
        this.sslPort = sslPort;
        this.switchPort = switchPort;
        this.adminPort = adminPort;
        this.mailPort = mailPort;
        this.log = log;
        this.hook = new Thread(this::stop, "stop-payara-micro-" + port);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts the server; it is ready after {@link #awaitReady}. */
    public static PayaraMicro start(Settings settings) throws IOException {
        Artifacts artifacts = settings.artifacts();
        for (Path required : List.of(artifacts.war(), artifacts.microJar(), artifacts.preBoot(), artifacts.postBoot())) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException("missing " + required + ": build with mvn package first");
            }
        }
        Path dir = settings.dir().toAbsolutePath();
        // Payara's runtime directory is never kept: a kept one reloads the last run's deployments before the
        // post-boot file deploys the adapter again
        deleteTree(settings.fresh() ? dir : dir.resolve("payara"));
        // the server's temporary files stay in its data directory too
        Files.createDirectories(dir.resolve("tmp"));
        // the instance's own pre- and post-boot files, and a user in the metrics role for metric(): a test reads
        // /metrics as an operator would, over HTTPS with that user
        Path postBoot = dir.resolve("post-boot.asadmin");
        Path metricsPassword = dir.resolve("metrics-password");
        Files.writeString(metricsPassword, "AS_ADMIN_USERPASSWORD=" + METRICS_PASSWORD + "\n");
        Files.writeString(postBoot, Files.readString(artifacts.postBoot()) + "\ncreate-file-user --groups=metrics --passwordfile="
                + metricsPassword.toAbsolutePath() + " " + METRICS_USER + "\n");
        int port = freeLoopbackPort();
        int sslPort = freeLoopbackPort();
        int switchPort = freeLoopbackPort();
        int adminPort = settings.switchAdmin() ? freeLoopbackPort() : 0;
        // chosen even without the sink, so that no email ever goes to a port another server may listen on
        int mailPort = freeLoopbackPort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g",
                "-Djava.io.tmpdir=" + dir.resolve("tmp"),
                "-Donenumber.data.dir=" + dir,
                "-Donenumber.demo-data=true",
                "-Donenumber.public-url=http://127.0.0.1:" + port + "/onenumber",
                "-Dcom.sun.xml.ws.monitoring.endpoint=false",
                "-Donenumber.http.address=127.0.0.1",
                "-Donenumber.switch.embedded=true",
                "-Donenumber.switch.port=" + switchPort,
                "-Donenumber.switch.admin-port=" + adminPort,
                "-Donenumber.mail.embedded=" + settings.mailSink(),
                "-Donenumber.mail.port=" + mailPort));
        settings.properties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        // options of the server's JVM for a measurement (a profile, the JIT's log), space-separated
        for (String option : System.getProperty("payara.jvmOptions", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-jar", artifacts.microJar().toString(),
                "--rootdir", dir.resolve("payara").toString()));
        if (settings.cluster() == null) {
            command.add("--nocluster");
        } else {
            command.addAll(settings.cluster().options());
            command.addAll(List.of("--name", dir.getFileName().toString()));
        }
        command.addAll(List.of("--port", String.valueOf(port),
                "--sslport", String.valueOf(sslPort),
                "--prebootcommandfile", artifacts.preBoot().toString(),
                "--postbootcommandfile", postBoot.toString(),
                // the adapter the WAR binds to, then the WAR (see server-config/post-boot.asadmin)
                "--deploy", artifacts.war().resolveSibling("onenumber-switch.rar").toString(),
                "--deploy", artifacts.war().toString()));
        Path log = dir.resolve("server.log");
        // started in the checkout, as the run command is
        ProcessBuilder builder = new ProcessBuilder(command).directory(artifacts.checkout().toFile()).redirectErrorStream(true);
        if (settings.consoleOutput()) {
            builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        } else {
            builder.redirectOutput(log.toFile());
        }
        // the database through the environment (MicroProfile Config), so no password is on a command line
        Database db = settings.db();
        if (db.datasourceClass() != null) {
            builder.environment().put("ONENUMBER_DB_DATASOURCE_CLASS", db.datasourceClass());
        }
        builder.environment().put("ONENUMBER_DB_URL", db.url());
        builder.environment().put("ONENUMBER_DB_USER", db.user());
        builder.environment().put("ONENUMBER_DB_PASSWORD", db.password());
        log("boot #" + BOOTS.incrementAndGet() + " in this JVM: Payara Micro on " + db.name() + " at http://127.0.0.1:" + port
                + "/onenumber (switch " + switchPort + ", admin " + adminPort + ", mail " + mailPort + ", data " + dir + ")");
        return new PayaraMicro(builder.start(), dir, port, sslPort, switchPort, adminPort, mailPort, log);
    }

    /**
     * A server started and ready; a boot whose listener never serves ({@link PayaraMicro.DeafListener}) is started
     * once more with the same settings, as a person would.
     */
    public static PayaraMicro startReady(PayaraMicro.Settings settings, String label, int timeoutSeconds) throws Exception {
        PayaraMicro server = PayaraMicro.start(settings);
        try {
            server.awaitReady(label, timeoutSeconds);
            return server;
        } catch (PayaraMicro.DeafListener deaf) {
            log(deaf.getMessage() + "; starting it again");
            server.close();
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        PayaraMicro again = PayaraMicro.start(settings);
        try {
            again.awaitReady(label, timeoutSeconds);
            return again;
        } catch (Exception | Error e) {
            again.close();
            throw e;
        }
    }

    /** The application's base URL, without a trailing slash: {@code http://127.0.0.1:PORT/onenumber}. */
    public String base() {
        return "http://127.0.0.1:" + port + "/onenumber";
    }

    /** The application's base URL with a trailing slash, for pages and SOAP clients. */
    public URL url() {
        try {
            return new URL(base() + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTTP port (loopback). */
    public int httpPort() {
        return port;
    }

    /** The embedded switch emulator's wire protocol port (loopback). */
    public int switchPort() {
        return switchPort;
    }

    /** The embedded switch emulator's admin console port (loopback); 0 when not asked for. */
    public int adminPort() {
        return adminPort;
    }

    /** The SMTP port the application sends to, where the embedded sink listens when asked for (loopback). */
    public int mailPort() {
        return mailPort;
    }

    /** The server's data directory: the H2 database, the SMTP sink's {@code mail}, the runtime directory. */
    public Path dataDir() {
        return dir;
    }

    public Path logFile() {
        return log;
    }

    /** Waits (bounded) for {@code /health/ready} to be UP with the application's own check; logs the boot time. */
    public void awaitReady(String label, int timeoutSeconds) throws IOException, InterruptedException {
        long booting = System.nanoTime();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = booting + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http().send(ready, HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                String body = response.body().replace(" ", "");
                // UP with no checks at all comes before the WAR deployed: wait for the application's own check
                if (response.statusCode() == 200 && body.contains("\"status\":\"UP\"")
                        && body.contains("\"name\":\"onenumber\"")) {
                    log(label + ": ready in " + (System.nanoTime() - booting) / 1_000_000_000 + " s at " + base()
                            + " (server log " + log + ")");
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
                if (e instanceof java.net.ConnectException && listenerNeverServed()) {
                    throw new DeafListener("Payara Micro says it is ready but refuses connections on " + port
                            + " (its log: \"GrizzlyProxy is NULL\"); see " + log);
                }
            }
            deployFailure().ifPresent(cause -> {
                throw new IllegalStateException("the application failed to deploy (" + cause + "); see " + log);
            });
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("not ready after " + timeoutSeconds + " s (last: " + last + "); see " + log);
    }

    /**
     * The root cause Payara logged when the WAR failed to deploy: the server stays up, never ready, so without this the
     * wait would last its whole bound (fifteen minutes in CI) before saying why.
     */
    private java.util.Optional<String> deployFailure() throws IOException {
        if (!Files.exists(log)) {
            return java.util.Optional.empty();
        }
        String text = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (text.contains("Failed to start, exiting")) { // the server gave up (a port taken), its JVM may stay up
            return java.util.Optional.of("the server failed to start" + (text.contains("BindException")
                    ? ": a port was taken" : ""));
        }
        int failure = text.indexOf("Exception while loading the app");
        if (failure < 0) {
            return java.util.Optional.empty();
        }
        int cause = text.indexOf("Caused by: ", failure); // the failure's own trace follows its line
        if (cause < 0) {
            cause = text.lastIndexOf("Caused by: ", failure);
        }
        return java.util.Optional.of(cause < 0 ? "Exception while loading the app"
                : text.substring(cause, text.indexOf('\n', cause) < 0 ? text.length() : text.indexOf('\n', cause)).trim());
    }

    /**
     * A boot whose HTTP listener never serves: seen once on a cold machine, Payara logged "Error adding HttpProbes.
     * NetworkListener http-listeners GrizzlyProxy is NULL", then its ready banner, and refused every connection for
     * the whole wait. Only a new start helps.
     */
    public static final class DeafListener extends IllegalStateException {
        DeafListener(String message) {
            super(message);
        }
    }

    /** The log holds Payara's ready banner after the listener failure line: no connection will ever be accepted. */
    private boolean listenerNeverServed() throws IOException {
        if (!Files.exists(log)) {
            return false;
        }
        String text = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        int failure = text.indexOf("GrizzlyProxy is NULL");
        return failure >= 0 && text.indexOf(") ready in ", failure) >= 0;
    }

    /** Waits (bounded) until the server's log holds {@code text}, such as Payara's line on the data grid it joined. */
    public void awaitLog(String text, int timeoutSeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!Files.exists(log) || !Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no \"" + text + "\" after " + timeoutSeconds + " s; see " + log);
            }
            Thread.sleep(250);
        }
    }

    /** The server's HTTPS port (loopback, Payara's self-signed certificate). */
    public int sslPort() {
        return sslPort;
    }

    /** An answer over HTTPS: the status and the body. */
    public record Answer(int status, String body) {
    }

    /**
     * {@code /metrics} as an operator reads it: over HTTPS, as a user in the metrics role (plain HTTP and other
     * callers are refused, see server-config/pre-boot.asadmin).
     */
    public Answer metrics() throws IOException {
        return httpsGet("/metrics", METRICS_USER, METRICS_PASSWORD);
    }

    /**
     * GET {@code path} over the server's HTTPS port, trusting its self-signed certificate (loopback, tests
     * only), with HTTP Basic when {@code user} is not null.
     */
    public Answer httpsGet(String path, String user, String password) throws IOException {
        javax.net.ssl.HttpsURLConnection connection = (javax.net.ssl.HttpsURLConnection)
                URI.create("https://127.0.0.1:" + sslPort + path).toURL().openConnection();
        try {
            javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
            tls.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
                @Override
                public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
                }

                @Override
                public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                    return new java.security.cert.X509Certificate[0];
                }
            }}, null);
            connection.setSSLSocketFactory(tls.getSocketFactory());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        connection.setHostnameVerifier((host, session) -> true);
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(10_000);
        if (user != null) {
            connection.setRequestProperty("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        int status = connection.getResponseCode();
        InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        String body = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        connection.disconnect();
        return new Answer(status, body);
    }

    /** A gauge or counter of the application from {@code /metrics}, such as {@code onenumber_switch_outbox_pending}. */
    public double metric(String name) throws IOException, InterruptedException {
        Answer response = metrics();
        if (response.status() != 200) {
            throw new IllegalStateException("/metrics answered " + response.status());
        }
        String body = response.body();
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})?\\s+(\\S+)$").matcher(body);
        if (!value.find()) {
            throw new IllegalStateException("no metric " + name + " at /metrics");
        }
        return Double.parseDouble(value.group(2));
    }

    /** The CPU time the server's process has used so far (user and system), zero where the platform does not say. */
    public java.time.Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    /**
     * The CPU time the server's JIT compiler threads have used so far (HotSpot's "C1/C2 CompilerThread" threads, from
     * /proc on Linux, in clock ticks of 10 ms), zero where the platform does not say.
     */
    public java.time.Duration compilerCpuTime() {
        long ticks = 0;
        try (var threads = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
            for (Path thread : threads.toList()) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        // after the name: state, then fields 4 to 13; utime and stime are the 14th and 15th
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone: no figure
        }
        return java.time.Duration.ofMillis(ticks * 10);
    }

    /** Resident and peak resident memory of the server process, from /proc (Linux), in KiB. */
    public Memory memory(String db) {
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

    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
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

    /**
     * Kills the server as the kernel's OOM killer or an operator's {@code kill -9} would (SIGKILL): no shutdown hook,
     * no transaction completes, nothing is flushed. {@link #close()} afterwards does nothing more.
     */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not die within 30 s of SIGKILL");
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

    /** The ports this JVM handed out: the system may offer a port again as soon as its probe socket is closed. */
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A port that was free on loopback a moment ago, and never handed out before by this JVM (a server's HTTP and
     * HTTPS ports were once given the same one, and it did not start: "Address already in use").
     */
    public static int freeLoopbackPort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
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

    private static String prop(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void log(String message) {
        System.err.println("[payara-micro] " + message);
        System.err.flush();
    }
}
