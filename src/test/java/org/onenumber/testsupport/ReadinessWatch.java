package org.onenumber.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a load balancer and an orchestrator see of a booting server: {@code /health/ready} and
 * {@code /health/live} asked every 50 ms from the moment the process started, each answer kept with the size
 * of the server's log just before the question (so a test can tell whether the start-up banner was already
 * written while readiness still said no). Start it right after {@link PayaraMicro#start}, stop it once ready.
 */
public final class ReadinessWatch implements AutoCloseable {

    /** One question and its answer; {@code status} 0 is no answer (connection refused, timeout). */
    public record Sample(long atMillis, String path, int status, String body, long logBytesBefore) {

        /** The aggregate status is UP (HTTP 200 and "status":"UP"). */
        public boolean up() {
            return status == 200 && compact().startsWith("{\"status\":\"UP\"");
        }

        /** The answer lists the check {@code name} with status UP. */
        public boolean hasUpCheck(String name) {
            return compact().contains("{\"name\":\"" + name + "\",\"status\":\"UP\"");
        }

        /** The answer lists a check named {@code name}, whatever its status. */
        public boolean hasCheck(String name) {
            return compact().contains("\"name\":\"" + name + "\"");
        }

        private String compact() {
            return body.replaceAll("\\s", "");
        }
    }

    private static final long INTERVAL_MILLIS = 50;

    private final String root;
    private final Path log;
    private final long started = System.nanoTime();
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofMillis(500)).build();
    private final Thread thread;
    private volatile boolean running = true;

    private ReadinessWatch(PayaraMicro server) {
        this.root = server.base().replaceFirst("/onenumber$", "");
        this.log = server.logFile();
        this.thread = new Thread(this::run, "readiness-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts asking at once. */
    public static ReadinessWatch of(PayaraMicro server) {
        return new ReadinessWatch(server);
    }

    private void run() {
        while (running) {
            long next = System.nanoTime() + INTERVAL_MILLIS * 1_000_000;
            ask("/health/ready");
            ask("/health/live");
            long pause = (next - System.nanoTime()) / 1_000_000;
            if (pause > 0) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void ask(String path) {
        long logBytes = logBytes();
        long at = (System.nanoTime() - started) / 1_000_000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            samples.add(new Sample(at, path, response.statusCode(), response.body(), logBytes));
        } catch (IOException e) {
            samples.add(new Sample(at, path, 0, e.getClass().getSimpleName(), logBytes));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private long logBytes() {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Every answer so far to {@code path}, in order. */
    public List<Sample> samples(String path) {
        return samples.stream().filter(sample -> sample.path().equals(path)).toList();
    }

    /**
     * Waits until this watch itself has had an UP answer from {@code /health/ready}. A server found ready by
     * another poller may have answered this one's last question a moment before it was UP; stopping then
     * would leave a watch that never saw UP.
     */
    public void awaitUp(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (samples("/health/ready").stream().noneMatch(Sample::up)) {
            if (System.nanoTime() >= deadline || !thread.isAlive()) {
                return;
            }
            Thread.sleep(INTERVAL_MILLIS);
        }
    }

    /** The server's log, for the banner. */
    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
