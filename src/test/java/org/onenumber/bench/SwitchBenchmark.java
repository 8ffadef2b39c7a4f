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
import org.onenumber.client.ModifyUser;
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
                    int readyTimeoutSeconds, int drainTimeoutSeconds, int maxMinutes, int lightChanges, int burstChanges) {

        static Settings fromSystemProperties() {
            return new Settings(PayaraMicro.Artifacts.fromSystemProperties(),
                    bounded("bench.switch.commands", 2000, 10, 20_000),
                    bounded("bench.switch.plainThreads", 4, 1, 16),
                    bounded("bench.switch.creators", 4, 1, 16),
                    bounded("bench.readyTimeoutSeconds", 240, 10, 900),
                    bounded("bench.switch.drainTimeoutSeconds", 300, 10, 1800),
                    bounded("bench.maxMinutes", 20, 1, 120),
                    bounded("bench.switch.lightChanges", 200, 10, 2000),
                    bounded("bench.switch.burstChanges", 500, 10, 5000));
        }
    }

    /** One measured path; p50/p99 per exchange where it is measured, NaN otherwise. */
    record Row(String path, String connections, long commands, double seconds, double p50Ms, double p99Ms, long errors) {
        double perSecond() {
            return commands / seconds;
        }
    }

    /** Change-to-applied at light load, or a burst to one subscriber until the switch holds its newest state. */
    record Latency(String what, int changes, double p50Ms, double p99Ms, double maxMs, double untilInSyncMs, int exchanges) {
    }

    private static final List<Latency> LATENCIES = new ArrayList<>();

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
        try (PayaraMicro server = PayaraMicro.startReady(PayaraMicro.Settings.of(settings.artifacts(), Database.h2(dir), dir)
                .withSwitchAdmin(), "h2", settings.readyTimeoutSeconds())) {
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
                Row row = new Row("adapter: outbox, dispatcher, pooled connection", "1 pooled, pipelined", timed, seconds,
                        Double.NaN, Double.NaN, errors);
                GetSyncStatusResponse first = syncStatus(server.base(), users.get(0));
                LATENCIES.add(lightLoad(server.base(), admin, users.get(0), first, settings.lightChanges()));
                GetSyncStatusResponse second = syncStatus(server.base(), users.get(1));
                LATENCIES.add(burst(server.base(), admin, users.get(1), second, settings.burstChanges(), settings.creators()));
                return row;
            }
        }
    }

    // ---- change to applied ----

    /** A fresh extension for a benchmark user's n-th change, clear of the users' own. */
    private static String extension(int n) {
        return String.valueOf(40_000_000 + n);
    }

    private static ModifyUser modify(long userId, int n) {
        ModifyUser modify = new ModifyUser();
        modify.setUserId(userId);
        modify.setExtension(extension(n));
        return modify;
    }

    /**
     * One change every 50 ms to one subscriber, each timed from the start of its SOAP call (which commits it) until
     * the switch holds its version, read from the emulator's admin console in a tight loop.
     */
    private static Latency lightLoad(String base, Admin admin, long userId, GetSyncStatusResponse status, int changes)
            throws Exception {
        String key = status.getSubscriber();
        long version = status.getDesiredVersion();
        long[] samples = new long[changes];
        long[] soap = new long[changes];
        ProvisioningPort port = BenchSoap.port(base);
        try {
            log("light load: " + changes + " changes to " + key + ", one every 50 ms");
            for (int i = 0; i < changes; i++) {
                long next = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
                long t0 = System.nanoTime();
                port.modifyUser(modify(userId, i));
                soap[i] = System.nanoTime() - t0;
                version++;
                awaitVersion(admin, key, version, t0 + TimeUnit.SECONDS.toNanos(10));
                samples[i] = System.nanoTime() - t0;
                long rest = next - System.nanoTime();
                if (rest > 0) {
                    TimeUnit.NANOSECONDS.sleep(rest);
                }
            }
        } finally {
            ((Closeable) port).close();
        }
        Arrays.sort(samples);
        Arrays.sort(soap);
        LATENCIES_NOTES.add(String.format(Locale.ROOT, "light load: the SOAP ModifyUser call itself (within the change-to-applied"
                + " time) took p50 %.3f ms, p99 %.3f ms.", percentileMs(soap, 0.5), percentileMs(soap, 0.99)));
        return new Latency("light load: one change every 50 ms, change (SOAP call start) to applied on the switch", changes,
                percentileMs(samples, 0.5), percentileMs(samples, 0.99), percentileMs(samples, 1.0), Double.NaN,
                receivedAfter(admin, key, status.getDesiredVersion()));
    }

    /**
     * {@code changes} changes to one subscriber as fast as {@code clients} SOAP clients make them; timed from the
     * first call's start until the switch holds the newest version. Counts the exchanges the switch saw.
     */
    private static Latency burst(String base, Admin admin, long userId, GetSyncStatusResponse status, int changes, int clients)
            throws Exception {
        String key = status.getSubscriber();
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        log("burst: " + changes + " changes to " + key + " from " + clients + " clients");
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                ProvisioningPort port = BenchSoap.port(base);
                try {
                    int n;
                    while ((n = next.getAndIncrement()) < changes) {
                        try {
                            port.modifyUser(modify(userId, 100_000 + n));
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
            }, "bench-burst-" + c);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(2));
        }
        double callsMs = (System.nanoTime() - t0) / 1e6;
        long newest = status.getDesiredVersion() + changes - errors.size();
        awaitVersion(admin, key, newest, t0 + TimeUnit.SECONDS.toNanos(60));
        double untilInSync = (System.nanoTime() - t0) / 1e6;
        LATENCIES_NOTES.add(String.format(Locale.ROOT, "burst: the %d SOAP calls themselves took %.0f ms; %d failed%s.", changes,
                callsMs, errors.size(), errors.isEmpty() ? "" : " (first: " + errors.peek() + ")"));
        return new Latency("burst: " + changes + " changes to one subscriber from " + clients + " SOAP clients, first call to"
                + " the switch holding the newest", changes, Double.NaN, Double.NaN, Double.NaN, untilInSync,
                receivedAfter(admin, key, status.getDesiredVersion()));
    }

    private static final List<String> LATENCIES_NOTES = new ArrayList<>();

    private static final Pattern VERSION = Pattern.compile("^OK version=(\\d+)");

    private static void awaitVersion(Admin admin, String key, long version, long deadline) throws Exception {
        while (true) {
            Matcher m = VERSION.matcher(admin.command("subscriber " + key));
            if (m.find() && Long.parseLong(m.group(1)) >= version) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(key + " did not reach version " + version + " on the switch in time");
            }
            Thread.onSpinWait();
        }
    }

    /** How many exchanges for {@code key} the switch saw above {@code version}. */
    private static int receivedAfter(Admin admin, String key, long version) throws IOException {
        String received = admin.command("versions " + key).replaceFirst("^OK received=", "").trim();
        return received.isEmpty() ? 0 : (int) Arrays.stream(received.split(",")).mapToLong(Long::parseLong)
                .filter(v -> v > version).count();
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
        out.append("\n- The adapter path is the application's: per round the dispatcher claims up to 200 due commands in one"
                + " statement, pipelines them over one pooled adapter connection (all in flight at once) and records their"
                + " results in one transaction (H2); the switch's registration events flow back to the application's"
                + " message-driven bean meanwhile. The plain path is only the exchange, from this JVM, one request at a time.");
        if (!LATENCIES.isEmpty()) {
            out.append("\n\n| change to applied | changes | p50 ms | p99 ms | max ms | until in sync ms | exchanges with the switch |\n");
            out.append("|---|---:|---:|---:|---:|---:|---:|\n");
            for (Latency l : LATENCIES) {
                out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %d |%n", l.what(), l.changes(),
                        fixed(l.p50Ms()), fixed(l.p99Ms()), fixed(l.maxMs()), fixed(l.untilInSyncMs()), l.exchanges()));
            }
            LATENCIES_NOTES.forEach(n -> out.append("\n- ").append(n));
        }
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
