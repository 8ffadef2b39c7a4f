package org.onenumber.bench;

import static org.onenumber.bench.Bench.bounded;
import static org.onenumber.bench.Bench.loadAverage;
import static org.onenumber.bench.Bench.log;
import static org.onenumber.bench.Bench.percentileMs;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.PayaraMicro.Database;
import org.onenumber.bench.BenchSoap.Fixture;
import org.onenumber.client.AddUser;
import org.onenumber.client.DeskPhone;
import org.onenumber.client.GetSyncStatus;
import org.onenumber.client.GetSyncStatusResponse;
import org.onenumber.client.ProvisioningPort;
import org.onenumber.switchadapter.wire.ApplySubscriber;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.InventoryItem;
import org.onenumber.switchadapter.wire.InventoryPage;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.SubscriberState;
import org.onenumber.switchadapter.wire.SwitchClient;
import org.onenumber.switchsim.SwitchEmulator;

/**
 * Commands per second to the switch: through the application (outbox, dispatcher, the adapter's pooled
 * connections, in Payara Micro with the embedded emulator) next to a plain {@link SwitchClient} sending the
 * same ApplySubscriber exchanges to a standalone emulator in this JVM, without a container. A program,
 * not a test: see {@code package-info.java} for the command and the settings.
 */
public final class SwitchBenchmark {

    private static final String SWITCH_USER = "onenumber";
    /** The embedded emulator's password: the application's default configuration (microprofile-config). */
    private static final String EMBEDDED_SWITCH_PASSWORD = "switch-secret";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern LAST_SEQ = Pattern.compile("lastSeq=(\\d+)");
    private static final int POLL_MILLIS = 20;
    /** First extension of the benchmark's users: 8 digits, the longest allowed, clear of the demo data. */
    private static final int FIRST_EXTENSION = 30_000_000;

    private SwitchBenchmark() {
    }

    record Settings(PayaraMicro.Artifacts artifacts, int commands, int plainThreads, int creators,
                    int readyTimeoutSeconds, int drainTimeoutSeconds, int maxMinutes) {

        static Settings fromSystemProperties() {
            return new Settings(PayaraMicro.Artifacts.fromSystemProperties(),
                    bounded("bench.switch.commands", 2000, 10, 20_000),
                    bounded("bench.switch.plainThreads", 4, 1, 16),
                    bounded("bench.switch.creators", 4, 1, 16),
                    bounded("bench.readyTimeoutSeconds", 240, 10, 900),
                    bounded("bench.switch.drainTimeoutSeconds", 300, 10, 1800),
                    bounded("bench.maxMinutes", 20, 1, 120));
        }
    }

    /** One measured path; p50/p99 per exchange where it is measured, NaN otherwise. */
    record Row(String path, String connections, long commands, double seconds, double p50Ms, double p99Ms, long errors) {
        double perSecond() {
            return commands / seconds;
        }
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromSystemProperties();
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String loadBefore = loadAverage();
        int status = Bench.measure(settings.maxMinutes(), () -> {
            // the plain client first, while no server runs next to it
            rows.add(plain(settings, 1, notes));
            if (settings.plainThreads() > 1) {
                rows.add(plain(settings, settings.plainThreads(), notes));
            }
            rows.add(adapter(settings, notes));
        });
        notes.add("Machine load average (1, 5, 15 min): " + loadBefore + " before, " + loadAverage() + " after.");
        print(settings, rows, notes);
        System.exit(status);
    }

    // ---- the plain client ----

    /** What the application sends for a new user with a desk phone and no number (SubscriberStates.of). */
    static SubscriberState state(int index) {
        String extension = String.valueOf(FIRST_EXTENSION + index);
        return new SubscriberState(null, extension, "Bench User " + extension, false,
                List.of(new Endpoint(Endpoint.Kind.DESK, mac(index))), RingSettings.of(RingSettings.PreferredDevice.WORK_PHONE),
                CallForwarding.NONE, false, true);
    }

    /** A locally administered MAC address, unique per index. */
    static String mac(int index) {
        return String.format(Locale.ROOT, "02:BE:%02X:%02X:%02X:%02X", (index >>> 24) & 0xFF, (index >>> 16) & 0xFF,
                (index >>> 8) & 0xFF, index & 0xFF);
    }

    /**
     * N ApplySubscriber exchanges from {@code threads} plain clients (one connection each, N/threads
     * exchanges each, sequential per connection) to a fresh standalone emulator, after a warm-up of N
     * exchanges on other subscribers. Versions grow across the run, as outbox ids do.
     */
    private static Row plain(Settings settings, int threads, List<String> notes) throws Exception {
        int n = settings.commands();
        try (SwitchEmulator emulator = SwitchEmulator.start(SwitchEmulator.Settings.defaults())) {
            AtomicLong versions = new AtomicLong();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.drainTimeoutSeconds());
            log("plain x" + threads + ": warm-up, " + n + " exchanges on 127.0.0.1:" + emulator.port());
            runPlain(emulator.port(), 1, n, n, versions, deadline); // indexes n..2n-1: other subscribers
            log("plain x" + threads + ": " + n + " measured exchanges");
            long start = System.nanoTime();
            PlainResult result = runPlain(emulator.port(), threads, 0, n, versions, deadline);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (result.firstError() != null) {
                notes.add("plain x" + threads + ": first error: " + result.firstError());
            }
            long[] sorted = result.samples();
            Arrays.sort(sorted);
            return new Row("plain SwitchClient, no container", threads + (threads == 1 ? " connection" : " connections"),
                    sorted.length, seconds, percentileMs(sorted, 0.50), percentileMs(sorted, 0.99), result.errors());
        }
    }

    record PlainResult(long[] samples, long errors, String firstError) {
    }

    /** Subscribers {@code from} to {@code from + count - 1}, split over {@code threads} connections. */
    private static PlainResult runPlain(int port, int threads, int from, int count, AtomicLong versions, long deadline)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger(from);
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                long[] mine = new long[count];
                int done = 0;
                try (SwitchClient client = SwitchClient.connect("127.0.0.1", port, CONNECT_TIMEOUT, REQUEST_TIMEOUT)) {
                    Response login = client.login(SWITCH_USER, SwitchEmulator.Settings.defaults().password());
                    if (!login.isSuccess()) {
                        throw new IllegalStateException("login: " + login.status() + " " + login.text());
                    }
                    int index;
                    while ((index = next.getAndIncrement()) < from + count && System.nanoTime() < deadline) {
                        String key = "station-" + index;
                        SubscriberState state = state(index);
                        long t0 = System.nanoTime();
                        Response response = client.send(id -> new ApplySubscriber(id, key, versions.incrementAndGet(), state));
                        mine[done++] = System.nanoTime() - t0;
                        if (!response.isSuccess()) {
                            errors.incrementAndGet();
                            firstErrors.add(key + ": " + response.status() + " " + response.text());
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    firstErrors.add(e.toString());
                }
                samples.add(Arrays.copyOf(mine, done));
            }, "bench-plain-" + t);
            worker.setDaemon(true);
            workers.add(worker);
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            // every request has a timeout, so a worker ends at most one request timeout after the deadline
            worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())
                    + REQUEST_TIMEOUT.toMillis() + CONNECT_TIMEOUT.toMillis()));
            if (worker.isAlive()) {
                throw new IllegalStateException(worker.getName() + " did not finish in time");
            }
        }
        long[] all = samples.stream().flatMapToLong(Arrays::stream).toArray();
        if (all.length < count) {
            errors.addAndGet(count - all.length);
            firstErrors.add("only " + all.length + " of " + count + " exchanges before the time limit");
        }
        return new PlainResult(all, errors.get(), firstErrors.peek());
    }

    // ---- through the application ----

    /**
     * N new users (desk phone each) made through SOAP while the switch refuses connections, so their N
     * ApplySubscriber commands wait in the outbox; then the switch accepts again and the dispatcher sends
     * them. Timed from the first of them the switch applied to the last: each new desk phone registers
     * on the switch as it is applied, one event each, so the emulator's event sequence (admin
     * {@code status}, polled every 20 ms) counts applied commands exactly. The count is checked against
     * the switch's inventory at the end.
     */
    private static Row adapter(Settings settings, List<String> notes) throws Exception {
        Path dir = Bench.dataRoot().resolve("switch-h2");
        try (PayaraMicro server = PayaraMicro.start(PayaraMicro.Settings.of(settings.artifacts(), Database.h2(dir), dir)
                .withSwitchAdmin())) {
            server.awaitReady("h2", settings.readyTimeoutSeconds());
            try (Admin admin = new Admin(server.adminPort())) {
                Fixture fixture = Fixture.create(server.base(), 0);
                long seq0 = awaitQuiet(admin, Duration.ofSeconds(60));
                int stationsBefore = stations(server.switchPort());
                admin.command("refuse on");
                admin.command("drop-connections");
                log("adapter: switch refuses connections; " + stationsBefore + " stations on it; creating "
                        + settings.commands() + " users through SOAP with " + settings.creators() + " clients");
                long creating = System.nanoTime();
                List<Long> users = createUsers(server.base(), fixture, settings, notes);
                double createSeconds = (System.nanoTime() - creating) / 1e9;
                int n = users.size();
                notes.add(String.format(Locale.ROOT, "adapter: %d users (AddUser with desk phone) made through SOAP in %.1f s"
                        + " (%.0f/s, %d clients) while the switch refused connections.", n, createSeconds, n / createSeconds,
                        settings.creators()));
                long seq1 = admin.lastSeq();
                if (seq1 != seq0) {
                    notes.add("adapter: " + (seq1 - seq0) + " events while the switch refused connections (expected none).");
                }
                Duration apply = Duration.ofSeconds(settings.drainTimeoutSeconds());
                admin.command("refuse off");
                long refuseOff = System.nanoTime();
                log("adapter: switch accepts again; waiting for " + n + " applied commands (at most " + apply.toSeconds() + " s)");
                Drain drain = awaitApplied(admin, seq1, n, refuseOff + apply.toNanos());
                double seconds = (drain.lastAt() - drain.firstAt()) / 1e9;
                long timed = drain.lastCount() - drain.firstCount();
                notes.add(String.format(Locale.ROOT, "adapter: first applied command seen %.1f s after refuse off (the dispatcher"
                        + " backs off up to 30 s while the switch is unreachable; not counted); timed from then (%d applied)"
                        + " to the last, so the row counts %d commands.", (drain.firstAt() - refuseOff) / 1e9,
                        drain.firstCount(), timed));
                int stationsAfter = stations(server.switchPort());
                notes.add("adapter: inventory check: " + stationsBefore + " stations before, " + stationsAfter + " after, "
                        + (stationsAfter - stationsBefore == n ? "all " + n + " applied." : "expected " + n + " more."));
                GetSyncStatusResponse last = syncStatus(server.base(), users.get(users.size() - 1));
                notes.add("adapter: GetSyncStatus of the last user: " + last.getState() + ", " + last.getPendingCommands()
                        + " pending commands.");
                long errors = drain.lastCount() < n ? n - drain.lastCount() : 0;
                if (errors > 0) {
                    notes.add("adapter: only " + drain.lastCount() + " of " + n + " commands applied within "
                            + apply.toSeconds() + " s.");
                }
                return new Row("adapter: outbox, dispatcher, pooled connection", "1 pooled at a time", timed, seconds,
                        Double.NaN, Double.NaN, errors);
            }
        }
    }

    /** The event sequence once it has not moved for 3 s: the demo data's commands have gone out. */
    private static long awaitQuiet(Admin admin, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        long seq = admin.lastSeq();
        long stableSince = System.nanoTime();
        while (System.nanoTime() - stableSince < TimeUnit.SECONDS.toNanos(3) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            long now = admin.lastSeq();
            if (now != seq) {
                seq = now;
                stableSince = System.nanoTime();
            }
        }
        return seq;
    }

    private static List<Long> createUsers(String base, Fixture fixture, Settings settings, List<String> notes)
            throws InterruptedException {
        int n = settings.commands();
        AtomicInteger next = new AtomicInteger();
        Long[] ids = new Long[n];
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(settings.drainTimeoutSeconds());
        List<Thread> creators = new ArrayList<>();
        for (int t = 0; t < settings.creators(); t++) {
            Thread creator = new Thread(() -> {
                ProvisioningPort port = BenchSoap.port(base);
                try {
                    int index;
                    while ((index = next.getAndIncrement()) < n && System.nanoTime() < deadline && errors.size() < 10) {
                        AddUser add = fixture.newUser(String.valueOf(FIRST_EXTENSION + index));
                        DeskPhone phone = new DeskPhone();
                        phone.setModel("IP485G");
                        phone.setMacAddress(mac(index));
                        add.setDeskPhone(phone);
                        try {
                            ids[index] = port.addUser(add).getUser().getUserId();
                        } catch (Exception e) {
                            errors.add(e.toString());
                        }
                    }
                } finally {
                    try {
                        ((Closeable) port).close();
                    } catch (IOException | RuntimeException e) {
                        // closing a client is best effort
                    }
                }
            }, "bench-create-" + t);
            creator.setDaemon(true);
            creators.add(creator);
        }
        creators.forEach(Thread::start);
        for (Thread creator : creators) {
            creator.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + BenchSoap.CALL_TIMEOUT_MS
                    + BenchSoap.CONNECT_TIMEOUT_MS));
            if (creator.isAlive()) {
                throw new IllegalStateException(creator.getName() + " did not finish in time");
            }
        }
        List<Long> created = Arrays.stream(ids).filter(id -> id != null).sorted().toList();
        if (!errors.isEmpty()) {
            notes.add("adapter: " + errors.size() + " AddUser calls failed; first: " + errors.peek());
        }
        if (created.isEmpty()) {
            throw new IllegalStateException("no user was created; first error: " + errors.peek());
        }
        return created;
    }

    /** When the first and the last of {@code n} commands after sequence {@code seq0} were seen applied. */
    record Drain(long firstAt, long firstCount, long lastAt, long lastCount) {
    }

    private static Drain awaitApplied(Admin admin, long seq0, int n, long deadline) throws Exception {
        long firstAt = 0;
        long firstCount = 0;
        long count = 0;
        long at = System.nanoTime();
        while (count < n && at < deadline) {
            Thread.sleep(POLL_MILLIS);
            count = admin.lastSeq() - seq0;
            at = System.nanoTime();
            if (firstAt == 0 && count > 0) {
                firstAt = at;
                firstCount = count;
            }
        }
        if (firstAt == 0) {
            throw new IllegalStateException("no command reached the switch within the time limit");
        }
        return new Drain(firstAt, firstCount, at, count);
    }

    /** Subscribers with the application's station keys on the switch, counted from its paged inventory. */
    private static int stations(int switchPort) throws Exception {
        try (SwitchClient operator = SwitchClient.connect("127.0.0.1", switchPort, CONNECT_TIMEOUT, REQUEST_TIMEOUT)) {
            Response login = operator.login(SWITCH_USER, EMBEDDED_SWITCH_PASSWORD);
            if (!login.isSuccess()) {
                throw new IllegalStateException("inventory login: " + login.status() + " " + login.text());
            }
            int count = 0;
            String cursor = null;
            for (int pages = 0; pages < 1_000; pages++) {
                String from = cursor;
                InventoryPage page = operator.send(id -> new InventoryQuery(id, InventoryQuery.Kind.SUBSCRIBER, from,
                        InventoryQuery.MAX_PAGE_SIZE)).body(InventoryPage.class);
                count += (int) page.items().stream().map(InventoryItem::key).filter(k -> k.startsWith("station-")).count();
                cursor = page.nextCursor();
                if (cursor == null) {
                    return count;
                }
            }
            throw new IllegalStateException("inventory longer than 1000 pages");
        }
    }

    private static GetSyncStatusResponse syncStatus(String base, long userId) throws Exception {
        ProvisioningPort port = BenchSoap.port(base);
        try {
            GetSyncStatus request = new GetSyncStatus();
            request.setUserId(userId);
            return port.getSyncStatus(request);
        } finally {
            ((Closeable) port).close();
        }
    }

    /** One connection to the emulator's admin console: a command per line, one reply line each. */
    private static final class Admin implements AutoCloseable {
        private final Socket socket;
        private final PrintWriter out;
        private final BufferedReader in;

        Admin(int port) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(10_000);
            out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        }

        String command(String command) throws IOException {
            out.println(command);
            String reply = in.readLine();
            if (reply == null || !reply.startsWith("OK")) {
                throw new IllegalStateException("switch admin: " + command + " -> " + reply);
            }
            return reply;
        }

        long lastSeq() throws IOException {
            Matcher m = LAST_SEQ.matcher(command("status"));
            if (!m.find()) {
                throw new IllegalStateException("switch admin status without lastSeq");
            }
            return Long.parseLong(m.group(1));
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    // ---- output ----

    private static void print(Settings settings, List<Row> rows, List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append("\n## OneNumber switch benchmark\n\n");
        out.append(String.format(Locale.ROOT, "%s; %d cores, everything on 127.0.0.1 of one machine; Java %s;"
                        + " ApplySubscriber exchanges (new subscriber, one desk phone), %d per row.%n%n",
                Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                settings.commands()));
        out.append("| path | connections | commands | seconds | commands/s | p50 ms | p99 ms | errors |\n");
        out.append("|------|-------------|---------:|--------:|-----------:|-------:|-------:|-------:|\n");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.1f | %s | %s | %d |%n", row.path(),
                    row.connections(), row.commands(), row.seconds(), row.perSecond(), fixed(row.p50Ms()),
                    fixed(row.p99Ms()), row.errors()));
        }
        Row adapter = rows.stream().filter(r -> r.path().startsWith("adapter")).findFirst().orElse(null);
        if (adapter != null) {
            out.append('\n');
            for (Row plain : rows) {
                if (plain != adapter) {
                    out.append(String.format(Locale.ROOT, "- ratio adapter / plain (%s): %.3f (the plain client does %.1fx"
                            + " as many commands per second)%n", plain.connections(), adapter.perSecond() / plain.perSecond(),
                            plain.perSecond() / adapter.perSecond()));
                }
            }
        }
        out.append("\n- The adapter path is the application's: for each command the dispatcher claims it, reads it and"
                + " marks it APPLIED in the database (H2), sending it through one pooled adapter connection per round of"
                + " 100, one command after another; the switch's registration events flow back to the application's"
                + " message-driven bean meanwhile. The plain path is only the exchange, from this JVM.");
        for (String note : notes) {
            out.append("\n- ").append(note);
        }
        out.append('\n');
        System.out.print(out);
        System.out.flush();
    }

    private static String fixed(double ms) {
        return Double.isNaN(ms) ? "n/a" : String.format(Locale.ROOT, "%.3f", ms);
    }
}
