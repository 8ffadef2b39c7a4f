package org.onenumber.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro as a child process of a benchmark (or of a test that must stop and start the application), with the built WAR, the post-boot file that deploys the
 * switch adapter first, and the embedded switch emulator on a free loopback port (and its admin console,
 * when asked); never outlives the benchmark (close, or the shutdown hook).
 */
public final class BenchServer implements AutoCloseable {

    /** Where the built artifacts are and where the servers' data directories go. */
    public record Artifacts(Path war, Path microJar, Path postBoot, Path dataRoot) {

        public static Artifacts fromSystemProperties() {
            return new Artifacts(Path.of(Bench.prop("bench.war", "target/onenumber.war")).toAbsolutePath(),
                    Path.of(Bench.prop("bench.microJar", "target/payara-micro.jar")).toAbsolutePath(),
                    Path.of(Bench.prop("bench.postBoot", "server-config/post-boot.asadmin")).toAbsolutePath(),
                    Path.of(Bench.prop("bench.dataDir", "target/bench-data")).toAbsolutePath());
        }
    }

    public record Database(String name, String datasourceClass, String url, String user, String password) {

        /** A new H2 file database under the data directory {@code dir}. */
        public static Database h2(Path dir) {
            return new Database("h2", "org.h2.jdbcx.JdbcDataSource", "jdbc:h2:file:" + dir.resolve("db/onenumber"),
                    "onenumber", "onenumber");
        }
    }

    record Memory(String db, long rssKb, long peakKb) {
    }

    private final Process process;
    private final int port;
    private final int switchPort;
    private final int adminPort;
    private final Path log;
    private final Thread hook;

    private BenchServer(Process process, int port, int switchPort, int adminPort, Path log) {
        this.process = process;
        this.port = port;
        this.switchPort = switchPort;
        this.adminPort = adminPort;
        this.log = log;
        this.hook = new Thread(this::stop, "bench-stop-server");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Starts the server on a fresh data directory {@code dir}; with {@code switchAdmin}, the embedded
     * emulator's admin console listens on a free loopback port too ({@link #adminPort()}).
     */
    public static BenchServer start(Artifacts artifacts, Database db, Path dir, boolean switchAdmin) throws IOException {
        return start(artifacts, db, dir, switchAdmin, true);
    }

    /** As above; with {@code fresh} false the data directory (database, runtime) of an earlier start is kept. */
    public static BenchServer start(Artifacts artifacts, Database db, Path dir, boolean switchAdmin, boolean fresh)
            throws IOException {
        for (Path required : List.of(artifacts.war(), artifacts.microJar(), artifacts.postBoot())) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException("missing " + required + ": build with mvn -Pbench package");
            }
        }
        // the database may be kept (fresh false); Payara's runtime directory never is: a kept one reloads the
        // last run's deployments before the post-boot file deploys the adapter again
        Bench.deleteTree(fresh ? dir : dir.resolve("payara"));
        Files.createDirectories(dir);
        // before boot: the HTTP listener listens on loopback only
        Path preBoot = dir.resolve("pre-boot.asadmin");
        Files.writeString(preBoot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=127.0.0.1\n");
        int port = Bench.freeLoopbackPort();
        int switchPort = Bench.freeLoopbackPort();
        int adminPort = switchAdmin ? Bench.freeLoopbackPort() : 0;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g",
                "-Donenumber.data.dir=" + dir,
                "-Donenumber.demo-data=true",
                "-Donenumber.public-url=http://127.0.0.1:" + port + "/onenumber",
                "-Dcom.sun.xml.ws.monitoring.endpoint=false",
                "-Dmp.health.default.readiness.empty.response=DOWN",
                "-Donenumber.switch.embedded=true",
                "-Donenumber.switch.port=" + switchPort));
        if (switchAdmin) {
            command.add("-Donenumber.switch.admin-port=" + adminPort);
        }
        command.addAll(List.of("-jar", artifacts.microJar().toString(),
                "--rootdir", dir.resolve("payara").toString(),
                "--nocluster",
                "--port", String.valueOf(port),
                "--prebootcommandfile", preBoot.toString(),
                "--postbootcommandfile", artifacts.postBoot().toString(),
                "--deploy", artifacts.war().toString()));
        Path log = dir.resolve("server.log");
        // started in the checkout, where the post-boot file finds target/onenumber-switch.rar
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the database through the environment (MicroProfile Config), so no password is on a command line
        builder.environment().put("ONENUMBER_DB_DATASOURCE_CLASS", db.datasourceClass());
        builder.environment().put("ONENUMBER_DB_URL", db.url());
        builder.environment().put("ONENUMBER_DB_USER", db.user());
        builder.environment().put("ONENUMBER_DB_PASSWORD", db.password());
        Bench.log(db.name() + ": starting Payara Micro on 127.0.0.1:" + port);
        return new BenchServer(builder.start(), port, switchPort, adminPort, log);
    }

    public String base() {
        return "http://127.0.0.1:" + port + "/onenumber";
    }

    /** The embedded switch emulator's wire protocol port (loopback). */
    public int switchPort() {
        return switchPort;
    }

    /** The embedded switch emulator's admin console port (loopback); 0 when not asked for. */
    public int adminPort() {
        return adminPort;
    }

    Path logFile() {
        return log;
    }

    /** Waits (bounded) for {@code /health/ready} to be UP with the application's own check; logs the boot time. */
    public void awaitReady(String label, int timeoutSeconds) throws IOException, InterruptedException {
        long booting = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = booting + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                String body = response.body().replace(" ", "");
                // UP with no checks at all comes before the WAR deployed: wait for the application's own check
                if (response.statusCode() == 200 && body.contains("\"status\":\"UP\"")
                        && body.contains("\"name\":\"onenumber\"")) {
                    Bench.log(label + ": ready in " + (System.nanoTime() - booting) / 1_000_000_000 + " s at " + base()
                            + " (server log " + log + ")");
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
