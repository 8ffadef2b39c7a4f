package org.onenumber.bench;

import static org.onenumber.bench.Bench.log;

import java.io.Closeable;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.onenumber.client.AddPhoneNumbers;
import org.onenumber.client.AddUser;
import org.onenumber.client.BatchCommand;
import org.onenumber.client.BatchMode;
import org.onenumber.client.BatchResult;
import org.onenumber.client.BulkPort;
import org.onenumber.client.DeskPhone;
import org.onenumber.client.EnableMobilityUser;
import org.onenumber.client.ExecuteBatch;
import org.onenumber.client.ExecuteBatchResponse;
import org.onenumber.client.MobilityPort;
import org.onenumber.client.ProfileType;
import org.onenumber.client.ProvisioningPort;
import org.onenumber.client.SetLicenseQuantity;
import org.onenumber.testsupport.BulkClient;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SwitchConsole;
import org.onenumber.testsupport.TestAccounts;

/**
 * Bulk provisioning through batch documents: N users (10,000 by default) of one new account, each with a business
 * number, a station, a desk phone and Mobility with a shared client license, sent by 4 clients ({@code bench.bulk.clients}) as
 * documents of 100 commands (an ALL_OR_NOTHING document of AddUser commands, then an EACH document of
 * EnableMobilityUser commands for the users it made). Not a test, not in {@code mvn verify}: {@code mvn -B -Pbulk-bench package} (H2), with
 * {@code -Dbench.postgres.url=jdbc:postgresql://127.0.0.1:5432/<empty database>} for PostgreSQL too.
 *
 * <p>It prints, per database: seconds until every user was answered OK, users per second for each thousand (in the
 * order they were answered, to show whether the rate stays flat), seconds after the last OK until the switch holds
 * every desk phone and mobile client (the emulator's endpoint counts), and the same users sent one call at a time by
 * the same 4 clients (AddUser, then EnableMobilityUser) for the first {@code bench.bulk.single} users, as the figure
 * to compare with. Before all that it sends users of another account the same way, not counted: {@code
 * bench.bulk.warmup} (2,000), then a thousand more at a time until the JVM's JIT compiler threads used less than 5 % of
 * the server's CPU over each of the last two thousands, at most {@code bench.bulk.warmupMax} in all (60,000). The
 * figures are a running server's: a new one spends a core on compiling for minutes (the application and Payara are a
 * lot of code for the one C2 thread of a two-core machine, which settles after some 40,000 users here), which the CPU
 * row shows apart and the warm-up's log lines show thousand by thousand.
 */
public final class BulkBenchmark {

    /** The back office's concurrent clients ({@code bench.bulk.clients}, 4). */
    private static final int CLIENTS = Integer.getInteger("bench.bulk.clients", 4);
    private static final int PER_DOCUMENT = 100;

    private BulkBenchmark() {
    }

    public static void main(String[] args) {
        int users = Bench.bounded("bench.bulk.users", 10_000, 100, 50_000);
        int single = Bench.bounded("bench.bulk.single", 1_000, 0, 10_000);
        int warmup = Bench.bounded("bench.bulk.warmup", 2_000, 0, 20_000);
        int warmupMax = Math.max(warmup, Bench.bounded("bench.bulk.warmupMax", 60_000, 0, 100_000));
        Bench.onEachDatabase("bulk", Bench.bounded("bench.maxMinutes", 30, 1, 120),
                (server, db, rows) -> rows.addAll(run(server, db, users, single, warmup, warmupMax)));
    }

    /** An account with its Mobility add-on, the licenses and the free numbers of so many users. */
    private record Prepared(TestAccounts.Made account, List<String> numbers, double inventorySeconds) {
    }

    private static Prepared prepare(URL base, String name, int users) throws Exception {
        TestAccounts.Made account = TestAccounts.create(ProvisioningClient.acme(base).port(), name + " " + System.nanoTime(), 0);
        // the licenses bought a thousand at a time: one purchase of 11,000 outlasts a client's 30 s call timeout on a
        // busy machine (each license is a row with its own identity)
        MobilityClient mobility = MobilityClient.acme(base);
        MobilityAccounts.activate(mobility, account.accountId(), 0);
        for (int quantity = 1000; quantity < users + 1000; quantity += 1000) {
            SetLicenseQuantity buy = new SetLicenseQuantity();
            buy.setAccountId(account.accountId());
            buy.setQuantity(Math.min(quantity, users));
            mobility.port().setLicenseQuantity(buy);
        }
        // the inventory in documents of 20 AddPhoneNumbers commands of 500 (not part of the users' figure)
        long inventoryStart = System.nanoTime();
        List<String> numbers = inventory(base, account.accountId(), users);
        return new Prepared(account, numbers, (System.nanoTime() - inventoryStart) / 1e9);
    }

    /** Users {@code first} to {@code end} of the prepared account in documents by 4 clients; when each was answered OK. */
    private static long[] load(URL base, Prepared prepared, int first, int end) throws Exception {
        long[] done = new long[end - first];
        AtomicInteger answered = new AtomicInteger();
        documents(base, first, end, (port, from, to) -> {
            List<Long> ids = addUsers(port, prepared.account(), prepared.numbers(), from, to);
            enable(port, ids, from);
            long now = System.nanoTime();
            for (int i = from; i < to; i++) {
                done[answered.getAndIncrement()] = now;
            }
        });
        return done;
    }

    private static List<String> run(PayaraMicro server, String db, int users, int single, int warmup, int warmupMax)
            throws Exception {
        URL base = server.url();
        List<String> rows = new ArrayList<>();
        if (warmup > 0) {
            rows.add(warmUp(server, db, warmup, warmupMax));
        }
        long desksBefore = endpoints(server, "DESK");
        long clientsBefore = endpoints(server, "MOBILE_CLIENT");
        Prepared prepared = prepare(base, "Bulk bench", users + single);
        TestAccounts.Made account = prepared.account();
        List<String> numbers = prepared.numbers();
        rows.add(String.format("| %s | %d numbers into the inventory | %.1f | s | documents of 20 x 500 |", db,
                numbers.size(), prepared.inventorySeconds()));

        Duration serverCpuBefore = server.cpuTime();
        Duration compilerCpuBefore = server.compilerCpuTime();
        Duration clientCpuBefore = clientCpu();
        Duration machineBefore = MachineCpu.busy();
        long start = System.nanoTime();
        long[] done = load(base, prepared, 0, users);
        long allOk = System.nanoTime();
        double seconds = (allOk - start) / 1e9;
        Duration machine = MachineCpu.busy().minus(machineBefore);
        rows.add(String.format("| %s | %d users to all OK | %.1f | s | %.0f users/s; %d clients, documents of %d |", db,
                users, seconds, users / seconds, CLIENTS, PER_DOCUMENT));
        rows.add(cpuRow(db, users, seconds, server.cpuTime().minus(serverCpuBefore),
                server.compilerCpuTime().minus(compilerCpuBefore), clientCpu().minus(clientCpuBefore)));
        rows.add(MachineCpu.limitRow(db, users, seconds, machine, 20));
        Arrays.sort(done);
        long previous = start;
        for (int k = 999; k < users; k += 1000) {
            rows.add(String.format("| %s | thousand %d | %.0f | users/s | |", db, k / 1000 + 1,
                    1000 / ((done[k] - previous) / 1e9)));
            previous = done[k];
        }
        long synced = awaitSwitch(server, "DESK", desksBefore + users, allOk);
        synced = Math.max(synced, awaitSwitch(server, "MOBILE_CLIENT", clientsBefore + users, allOk));
        rows.add(String.format("| %s | switch holds all %d desk phones and clients | %.1f | s after the last OK | |", db,
                users, (synced - allOk) / 1e9));

        if (single > 0) {
            rows.add(single(base, db, account, numbers, users, single));
        }
        return rows;
    }

    /**
     * Users of another account until the server's JIT has compiled what the load needs: {@code warmup} first, then a
     * thousand at a time until its compiler threads used less than 5 % of the server's CPU over each of the last two
     * thousands (one alone may be a lull between compilations), or
     * {@code warmupMax} in all. The warm-up's last commands reach the switch before the measured run starts.
     */
    private static String warmUp(PayaraMicro server, String db, int warmup, int warmupMax) throws Exception {
        URL base = server.url();
        long desks = endpoints(server, "DESK");
        long clients = endpoints(server, "MOBILE_CLIENT");
        long start = System.nanoTime();
        Prepared prepared = prepare(base, "Bulk bench warm-up", warmupMax);
        load(base, prepared, 0, warmup);
        int sent = warmup;
        double compilerShare = Double.NaN; // not measured until a round of a thousand ran
        double before = Double.NaN; // the share of the thousand before
        while (sent < warmupMax && !(compilerShare < 0.05 && before < 0.05)) {
            before = compilerShare;
            Duration serverCpu = server.cpuTime();
            Duration compilerCpu = server.compilerCpuTime();
            int end = Math.min(warmupMax, sent + 1000);
            load(base, prepared, sent, end);
            sent = end;
            Duration serverSpent = server.cpuTime().minus(serverCpu);
            compilerShare = (double) server.compilerCpuTime().minus(compilerCpu).toNanos()
                    / Math.max(1, serverSpent.toNanos());
            Bench.log(String.format("warm-up: %d users, the last thousand %.2f ms of server CPU a user, %.0f %% of it"
                    + " the JIT compiler", sent, serverSpent.toNanos() / 1e6 / 1000, 100 * compilerShare));
        }
        awaitSwitch(server, "DESK", desks + sent, System.nanoTime());
        awaitSwitch(server, "MOBILE_CLIENT", clients + sent, System.nanoTime());
        return String.format("| %s | warm-up: %d users of another account first | %.1f | s | not counted; %s |", db, sent,
                (System.nanoTime() - start) / 1e9, Double.isNaN(compilerShare) ? "the JIT compiler's share not measured"
                        : String.format("the JIT compiler threads used %.0f %% and %.0f %% of the server's CPU over the"
                                + " last two thousands", 100 * before, 100 * compilerShare));
    }

    /**
     * The CPU a user cost the server and the benchmark's clients (SOAP on both sides), which a busy machine changes far
     * less than the seconds, of it the server's JIT compiler threads (compiling, not serving), and how much of the
     * machine's CPU the two used: near 100 %, the run was bound by the cores, not by locks or waits. (PostgreSQL's own
     * processes are not counted.)
     */
    static String cpuRow(String db, int users, double seconds, Duration server, Duration compiler, Duration clients) {
        int cores = Runtime.getRuntime().availableProcessors();
        return String.format("| %s | CPU per user | %.2f | ms | server %.2f ms (of it the JIT compiler %.2f ms) + clients"
                        + " %.2f ms; the %d cores %.0f %% busy with them |",
                db, (server.toNanos() + clients.toNanos()) / 1e6 / users, server.toNanos() / 1e6 / users,
                compiler.toNanos() / 1e6 / users, clients.toNanos() / 1e6 / users, cores,
                100.0 * (server.toNanos() + clients.toNanos()) / 1e9 / (seconds * cores));
    }

    private static Duration clientCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * {@code count} new free numbers for the account (a block of its own, by its id), added in documents of 20
     * AddPhoneNumbers commands of 500; returned in order.
     */
    static List<String> inventory(URL base, long accountId, int count) throws Exception {
        String block = String.format("%03d", 200 + (int) (accountId % 700));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add("+1" + block + String.format("%07d", 2_000_000 + i));
        }
        BulkPort bulk = BulkClient.acme(base).port();
        for (int from = 0; from < numbers.size(); from += 500 * 20) {
            ExecuteBatch batch = new ExecuteBatch();
            batch.setMode(BatchMode.ALL_OR_NOTHING);
            for (int c = from; c < Math.min(numbers.size(), from + 500 * 20); c += 500) {
                AddPhoneNumbers add = new AddPhoneNumbers();
                add.setAccountId(accountId);
                add.getNumber().addAll(numbers.subList(c, Math.min(numbers.size(), c + 500)));
                BatchCommand command = new BatchCommand();
                command.setAddPhoneNumbers(add);
                batch.getCommand().add(command);
            }
            bulk.executeBatch(batch);
        }
        return numbers;
    }

    static List<Long> addUsers(BulkPort port, TestAccounts.Made account, List<String> numbers, int from, int to)
            throws Exception {
        ExecuteBatch batch = new ExecuteBatch();
        batch.setMode(BatchMode.ALL_OR_NOTHING);
        for (int i = from; i < to; i++) {
            BatchCommand command = new BatchCommand();
            command.setAddUser(user(account, numbers, i));
            batch.getCommand().add(command);
        }
        ExecuteBatchResponse response = port.executeBatch(batch);
        return response.getResult().stream().map(BatchResult::getAddUserResponse).map(r -> r.getUser().getUserId()).toList();
    }

    /**
     * EACH: every enablement takes the account's license pool, which an ALL_OR_NOTHING document would hold until its
     * last command, so the other clients' documents would queue behind it.
     */
    private static void enable(BulkPort port, List<Long> ids, int from) throws Exception {
        ExecuteBatch batch = new ExecuteBatch();
        batch.setMode(BatchMode.EACH);
        for (int i = 0; i < ids.size(); i++) {
            batch.getCommand().add(enableCommand(ids.get(i), from + i));
        }
        ExecuteBatchResponse response = port.executeBatch(batch);
        if (response.getFailed() > 0) {
            BatchResult failed = response.getResult().stream().filter(r -> r.getOneNumberFaultDetail() != null)
                    .findFirst().orElseThrow();
            throw new IllegalStateException(response.getFailed() + " enablements failed, the first: "
                    + failed.getOneNumberFaultDetail().getCode() + " " + failed.getOneNumberFaultDetail().getSummary());
        }
    }

    private static BatchCommand enableCommand(long userId, int i) {
        BatchCommand command = new BatchCommand();
        command.setEnableMobilityUser(enableRequest(userId, i));
        return command;
    }

    private static EnableMobilityUser enableRequest(long userId, int i) {
        EnableMobilityUser enable = new EnableMobilityUser();
        enable.setUserId(userId);
        enable.setMobilityExtension(String.valueOf(500_000 + i));
        return enable;
    }

    static AddUser user(TestAccounts.Made account, List<String> numbers, int i) {
        AddUser add = new AddUser();
        add.setAccountId(account.accountId());
        add.setSiteId(account.siteId());
        add.setFirstName("Bulk");
        add.setLastName("User " + i);
        add.setEmail("bulk" + i + "." + account.accountId() + "@example.com");
        add.setExtension(String.valueOf(100_000 + i));
        add.setBusinessNumber(numbers.get(i));
        add.setProfileType(ProfileType.ESSENTIALS);
        DeskPhone phone = new DeskPhone();
        phone.setModel("IP485G");
        phone.setMacAddress(String.format("0C%04X%06X", account.accountId() % 0x10000, i));
        add.setDeskPhone(phone);
        return add;
    }

    /** The next users one call at a time (AddUser, EnableMobilityUser), by the same number of clients. */
    private static String single(URL base, String db, TestAccounts.Made account, List<String> numbers, int first, int count)
            throws Exception {
        AtomicInteger next = new AtomicInteger(first);
        long start = System.nanoTime();
        concurrently(CLIENTS, () -> {
            ProvisioningPort provisioning = ProvisioningClient.acme(base).port();
            MobilityPort mobility = MobilityClient.acme(base).port();
            for (int i = next.getAndIncrement(); i < first + count; i = next.getAndIncrement()) {
                long userId = provisioning.addUser(user(account, numbers, i)).getUser().getUserId();
                mobility.enableMobilityUser(enableRequest(userId, i));
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("| %s | %d users one call at a time | %.1f | s | %.0f users/s; %d clients, the figure to"
                + " compare with |", db, count, seconds, count / seconds, CLIENTS);
    }

    /** A client's share of the work; it ends when the counter the clients share runs past the end. */
    interface ClientWork {
        void run() throws Exception;
    }

    /** A document's worth of users, {@code from} (inclusive) to {@code to}, sent through the client's own port. */
    interface Document {
        void send(BulkPort port, int from, int to) throws Exception;
    }

    /** Runs {@code clients} copies of {@code work} at once and waits for all of them (an hour at most). */
    static void concurrently(int clients, ClientWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    work.run();
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get(60, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Users 0 to {@code users} in documents of 100, taken in turn by 4 clients, each with a bulk port of its own. */
    static void documents(URL base, int users, Document document) throws Exception {
        documents(base, 0, users, document);
    }

    /** Users {@code first} to {@code end} in documents of 100, taken in turn by 4 clients, each with its own port. */
    static void documents(URL base, int first, int end, Document document) throws Exception {
        AtomicInteger next = new AtomicInteger(first);
        concurrently(CLIENTS, () -> {
            BulkPort port = BulkClient.acme(base).port();
            try {
                for (int from = next.getAndAdd(PER_DOCUMENT); from < end; from = next.getAndAdd(PER_DOCUMENT)) {
                    document.send(port, from, Math.min(end, from + PER_DOCUMENT));
                }
            } finally {
                ((Closeable) port).close();
            }
        });
    }

    static long endpoints(PayaraMicro server, String kind) throws Exception {
        String reply = SwitchConsole.admin(server.adminPort(), "endpoints " + kind);
        return Long.parseLong(reply.replaceAll("\\D+", " ").trim().split(" ")[0]);
    }

    /** When the switch first held {@code expected} endpoints of the kind (bounded: 10 minutes after the last OK). */
    static long awaitSwitch(PayaraMicro server, String kind, long expected, long since) throws Exception {
        long deadline = since + TimeUnit.MINUTES.toNanos(10);
        long held;
        do {
            held = endpoints(server, kind);
            if (held >= expected) {
                return System.nanoTime();
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        log("the switch held " + held + " " + kind + " endpoints of " + expected + " after 10 minutes");
        return deadline;
    }
}
