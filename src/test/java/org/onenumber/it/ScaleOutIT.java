package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.ws.WebServiceException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.AddAccount;
import org.onenumber.client.AddPhoneNumbers;
import org.onenumber.client.AddSite;
import org.onenumber.client.AddUser;
import org.onenumber.client.ClientLicense;
import org.onenumber.client.EnableMobilityUser;
import org.onenumber.client.GetAccount;
import org.onenumber.client.GetSyncStatus;
import org.onenumber.client.GetSyncStatusResponse;
import org.onenumber.client.GetUser;
import org.onenumber.client.LicensePool;
import org.onenumber.client.LicenseStatus;
import org.onenumber.client.ListAccounts;
import org.onenumber.client.ListLicenses;
import org.onenumber.client.ListLicensesResponse;
import org.onenumber.client.ListUsers;
import org.onenumber.client.ListUsersResponse;
import org.onenumber.client.ModifyUser;
import org.onenumber.client.OneNumberFault;
import org.onenumber.client.PageRequest;
import org.onenumber.client.ProfileType;
import org.onenumber.client.SyncState;
import org.onenumber.switchsim.AdminConsole;
import org.onenumber.switchsim.SwitchEmulator;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.Balancer;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Two clustered instances on one PostgreSQL behind HAProxy, as README's "Several instances" runs them, and one of
 * them killed with SIGKILL while carriers provision through the balancer. The switch emulator runs in this JVM, so it
 * outlives the kill as a real switch would, and both instances drive it.
 *
 * <p>The instances use a PostgreSQL schema of their own, made here and dropped at the end: the run's database may be
 * the one the other PostgreSQL tests share, whose server would otherwise send this test's outbox to its own switch.
 *
 * <p>What it shows: a password changed through one instance is refused at once by the other; an idempotency key
 * gives one result whichever instance answers; while SOAP clients create users, enable Mobility (sharing licenses
 * from a pool too small for all) and rename them concurrently through the balancer, the instance that served an
 * admin's browser is killed, and the admin's session (signed-in caller, the open account, the page's view state)
 * goes on on the other. Afterwards every request answered OK is in the database, the switch holds exactly what the
 * database wants for every subscriber (versions reached it in order), the license pool holds, and the survivor sent
 * the commands the dead instance had leased.
 */
@Tag("postgresql-only")
class ScaleOutIT {

    private static final Duration CONVERGE = Duration.ofSeconds(150);
    private static final int WORKERS = 4;
    private static final int USERS_PER_WORKER = 30;
    private static final int LICENSES = 8;

    @RegisterExtension
    final Browser browser = new Browser();

    private final Map<Long, String> lastNames = new ConcurrentHashMap<>();
    private final Set<Long> enabled = ConcurrentHashMap.newKeySet();
    private final Set<Long> refusedForQuota = ConcurrentHashMap.newKeySet();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger unknown = new AtomicInteger();

    @Test
    void twoInstancesBehindTheBalancerLoseNothingWhenOneIsKilled() throws Exception {
        try {
            killOneOfTwo();
        } catch (PayaraMicro.DeafListener deaf) {
            // an instance whose listener never served (Payara's "GrizzlyProxy is NULL" boot, seen in CI): only the
            // boots throw it, before the workload runs (the schema it made its account in is dropped); once more from
            // the start with new instances and a new schema, the deaf boot's logs kept beside the new ones
            Path dir = scaleOutDir();
            for (String instance : List.of("one", "two")) {
                Path log = dir.resolve(instance).resolve("server.log");
                if (Files.exists(log)) {
                    Files.copy(log, dir.resolve(instance + "-deaf-boot.log"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            log(deaf.getMessage() + "; the test once more with new instances");
            killOneOfTwo();
        }
    }

    /** The instances' directories, and the deaf boot's logs when there was one. */
    private static Path scaleOutDir() {
        return SharedServer.dataDir().resolve("scale-out");
    }

    private void killOneOfTwo() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path dir = scaleOutDir();
        PayaraMicro.Database shared = PayaraMicro.Database.fromSystemProperties(dir);
        assertEquals("postgresql", shared.name(), "the scale-out test runs on PostgreSQL (the pom's postgresql execution)");
        String schema = "scale_out_" + tag;
        PayaraMicro.Database db = new PayaraMicro.Database("postgresql", shared.datasourceClass(),
                shared.url() + (shared.url().contains("?") ? "&" : "?") + "currentSchema=" + schema, shared.user(),
                shared.password());
        sql(shared, "create schema " + schema);
        long started = System.nanoTime();
        try (SwitchEmulator emulator = SwitchEmulator.start(SwitchEmulator.Settings.defaults()
                .withCredentials(SwitchConsole.USER, SwitchConsole.PASSWORD))) {
            AdminConsole console = new AdminConsole(emulator);
            PayaraMicro.Cluster cluster = PayaraMicro.Cluster.create();
            PayaraMicro.Settings settings = SharedServer.settings(db, dir)
                    .with("onenumber.switch.embedded", "false")
                    .with("onenumber.switch.port", String.valueOf(emulator.port()))
                    .with("onenumber.reconcile.nightly-at", "off");
            // the second starts once the first's data grid is up (so it joins that one instead of forming its own) and
            // boots while the first deploys; the first loads the demo data into the new schema
            try (PayaraMicro one = PayaraMicro.start(settings.inCluster(cluster, dir.resolve("one")))) {
                one.awaitLog("Payara Data Grid State", 300);
                try (PayaraMicro two = PayaraMicro.start(settings.with("onenumber.demo-data", "false")
                        .inCluster(cluster.member(), dir.resolve("two")))) {
                    one.awaitReady("first instance", 300);
                    // the pool's account is made through the first while the second boots
                    Workload workload = new Workload(one.url(), tag);
                    two.awaitReady("second instance", 300);
                    assertClustered(one, two);
                    long booted = System.nanoTime();

                    aPasswordChangedOnOneInstanceIsRefusedAtOnceOnTheOther(one, two);
                    anIdempotencyKeyGivesOneResultWhicheverInstanceAnswers(one, two, workload);

                    try (Balancer balancer = Balancer.start(settings.artifacts().checkout().resolve("server-config/haproxy.cfg"),
                            List.of(one, two), dir.resolve("haproxy.log"))) {
                        URL base = balancer.url();
                        BillingPage page = new BillingPage(browser, base);
                        page.openAccountAsSupport(workload.accountName);
                        browser.open(base, "admin/support/accounts.xhtml");
                        browser.waitForPage(base, "/admin/support/accounts.xhtml");
                        Cookie served = browser.driver().manage().getCookieNamed("ONENUMBER_INSTANCE");
                        assertNotNull(served, "the balancer keeps the browser on one instance");
                        PayaraMicro victim = served.getValue().equals("one") ? one : two;
                        PayaraMicro survivor = victim == one ? two : one;

                        AtomicBoolean stop = new AtomicBoolean();
                        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
                        Set<Long> deadLeases;
                        try {
                            List<Future<?>> workers = new ArrayList<>();
                            for (int w = 0; w < WORKERS; w++) {
                                int worker = w;
                                workers.add(pool.submit(() -> {
                                    workload.run(base, worker, stop);
                                    return null;
                                }));
                            }
                            Thread.sleep(8_000);
                            // every send now takes seconds: each instance's dispatcher holds a lease when one dies
                            console.execute("latency 3000");
                            Map<Long, String> leasedBefore = whenBothInstancesHoldLeases(db);
                            victim.kill();
                            long killed = System.nanoTime();
                            console.execute("latency 20");
                            log("killed the instance at " + victim.base() + "; " + leasedBefore.size() + " leases held then");

                            // the survivor releases its own lease within the adapter's read timeout (10 s); a lease
                            // still held unchanged after that is the dead instance's. It lapses a minute after the
                            // kill, so it is looked for now, before the browser's steps, which may take that long
                            Thread.sleep(Math.max(0, 15_000 - (System.nanoTime() - killed) / 1_000_000));
                            deadLeases = stillLeased(db, leasedBefore);
                            assertFalse(deadLeases.isEmpty(), "the killed instance held leased commands: " + leasedBefore);

                            // the admin goes on: a search on the page the dead instance rendered, then another page
                            browser.type(By.id("accounts:name"), workload.accountName);
                            browser.find(By.id("accounts:search")).click();
                            String row = "//tbody[@id='accounts:table_data']/tr[td[1][normalize-space()='"
                                    + workload.accountName + "']]";
                            afterTheKill(() -> browser.ajaxIdle() && !browser.findAll(By.xpath(row)).isEmpty(),
                                    "the search answered from the surviving instance, with the page's state");
                            browser.open(base, "admin/users.xhtml");
                            afterTheKill(() -> browser.page(base).equals("/admin/users.xhtml")
                                    && browser.find(By.id("currentAccount")).getText().equals(workload.accountName),
                                    "the users page, signed in, the account still open after the kill");

                            stop.set(true);
                            for (Future<?> worker : workers) {
                                worker.get(120, TimeUnit.SECONDS);
                            }
                        } finally {
                            stop.set(true);
                            pool.shutdownNow();
                        }
                        log(lastNames.size() + " users added, " + enabled.size() + " enabled, " + refusedForQuota.size()
                                + " refused for the quota; " + retried.get() + " retries after the kill, " + unknown.get()
                                + " requests without an answer; " + deadLeases.size() + " commands leased by the dead instance");

                        workload.assertSettled(survivor.url(), emulator, console);
                        long deadline = System.nanoTime() + CONVERGE.toNanos();
                        while (!openCommands(db, deadLeases).isEmpty() && System.nanoTime() < deadline) {
                            Thread.sleep(500);
                        }
                        assertEquals(Set.of(), openCommands(db, deadLeases),
                                "the survivor sent every command the killed instance had leased, once its leases lapsed");
                        log("scale-out: two instances ready " + (booted - started) / 1_000_000_000 + " s after the start, test "
                                + (System.nanoTime() - started) / 1_000_000_000 + " s");
                    }
                }
            }
        } finally {
            sql(shared, "drop schema if exists " + schema + " cascade");
        }
    }

    /**
     * Waits for the browser after the kill: the survivor, busy with the workload on a machine that may be loaded,
     * answers the first request of a session it did not serve within a minute and a half.
     */
    private void afterTheKill(java.util.function.BooleanSupplier condition, String what) {
        browser.waiting().withTimeout(Duration.ofSeconds(90)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    /** Both logs show the two-member data grid. */
    private static void assertClustered(PayaraMicro one, PayaraMicro two) throws Exception {
        one.awaitLog("DG Size: 2", 60);
        two.awaitLog("DG Size: 2", 60);
    }

    private void aPasswordChangedOnOneInstanceIsRefusedAtOnceOnTheOther(PayaraMicro one, PayaraMicro two) throws Exception {
        String replacement = "Manager-2026-" + UUID.randomUUID().toString().substring(0, 6);
        GetAccount globex = new GetAccount();
        globex.setAccountId(ProvisioningClient.acme(one.url()).accountNamed("Globex Corporation"));
        // the Phone Manager's SOAP client, verified and remembered on both instances
        ProvisioningClient old = new ProvisioningClient(two.url(), "pm", "Manager-2026");
        old.port().getAccount(globex);
        new ProvisioningClient(one.url(), "pm", "Manager-2026").port().getAccount(globex);

        browser.signIn(one.url(), "pm", "Manager-2026");
        browser.open(one.url(), "change-password.xhtml");
        browser.waitForPage(one.url(), "/change-password.xhtml");
        browser.type(By.id("password:currentPassword"), "Manager-2026");
        browser.type(By.id("password:newPassword"), replacement);
        browser.type(By.id("password:confirmPassword"), replacement);
        browser.find(By.id("password:change")).click();
        browser.waiting().until(d -> !browser.page(one.url()).equals("/change-password.xhtml"));

        Exception refused = assertThrows(Exception.class,
                () -> old.port().getAccount(globex), "the old password refused at once on the other instance");
        // a 401 whose body is the typed fault: CXF reports it as the fault or as the HTTP status
        assertTrue(refused instanceof WebServiceException
                || (refused instanceof OneNumberFault typed && "NOT_AUTHENTICATED".equals(typed.getFaultInfo().getCode())),
                refused.toString());
        assertEquals("Globex Corporation", new ProvisioningClient(two.url(), "pm", replacement).port().getAccount(globex)
                .getAccount().getName(), "the new one works there");
        browser.driver().manage().deleteAllCookies();
    }

    private static void anIdempotencyKeyGivesOneResultWhicheverInstanceAnswers(PayaraMicro one, PayaraMicro two,
                                                                              Workload workload) throws Exception {
        String key = "scale-out-" + UUID.randomUUID();
        AddAccount add = new AddAccount();
        add.setName("Scale-out idempotent " + workload.tag);
        long first = ProvisioningClient.acme(one.url()).with(key, null).addAccount(add).getAccount().getAccountId();
        long again = ProvisioningClient.acme(two.url()).with(key, null).addAccount(add).getAccount().getAccountId();
        assertEquals(first, again, "the same key on the other instance answers the first result");
        ListAccounts list = new ListAccounts();
        list.setNameContains(add.getName());
        assertEquals(1, ProvisioningClient.acme(two.url()).port().listAccounts(list).getAccount().size(), "one account made");
    }

    /**
     * The carrier's back office through the balancer: an account with Mobility active and a pool of fewer licenses
     * than users, then workers that each add users, enable their Mobility and rename them twice.
     */
    private final class Workload {

        final String tag;
        final String accountName;
        final long accountId;
        final long siteId;
        final List<String> numbers;

        Workload(URL base, String tag) throws Exception {
            this.tag = tag;
            ProvisioningClient acme = ProvisioningClient.acme(base);
            MobilityClient mobility = MobilityClient.acme(base);
            AddAccount addAccount = new AddAccount();
            addAccount.setName("Scale-out " + tag);
            accountName = addAccount.getName();
            accountId = acme.port().addAccount(addAccount).getAccount().getAccountId();
            AddSite addSite = new AddSite();
            addSite.setAccountId(accountId);
            addSite.setName("HQ");
            addSite.setCountry("US");
            siteId = acme.port().addSite(addSite).getSite().getSiteId();
            AddPhoneNumbers add = new AddPhoneNumbers();
            add.setAccountId(accountId);
            String block = NumberBlocks.next();
            List<String> made = new ArrayList<>();
            for (int i = 0; i < WORKERS * USERS_PER_WORKER; i++) {
                made.add(NumberBlocks.number(block, i));
            }
            add.getNumber().addAll(made);
            acme.port().addPhoneNumbers(add);
            numbers = List.copyOf(made);
            MobilityAccounts.activate(mobility, accountId, LICENSES);
        }

        void run(URL base, int worker, AtomicBoolean stop) throws Exception {
            ProvisioningClient acme = ProvisioningClient.acme(base);
            MobilityClient mobility = MobilityClient.acme(base);
            for (int i = 0; i < USERS_PER_WORKER && !stop.get(); i++) {
                int n = worker * USERS_PER_WORKER + i;
                AddUser add = new AddUser();
                add.setAccountId(accountId);
                add.setSiteId(siteId);
                add.setFirstName("Fox");
                add.setLastName("Mulder " + n);
                add.setEmail("fox" + n + "." + tag + "@example.com");
                add.setExtension(String.valueOf(2000 + n));
                add.setBusinessNumber(numbers.get(n));
                add.setProfileType(ProfileType.ESSENTIALS);
                Long userId = call("add user " + n, key -> acme.with(key, null).addUser(add).getUser().getUserId());
                if (userId == null) {
                    continue;
                }
                lastNames.put(userId, add.getLastName());
                EnableMobilityUser enable = new EnableMobilityUser();
                enable.setUserId(userId);
                enable.setMobilityExtension(String.valueOf(7000 + n));
                try {
                    if (call("enable " + n, key -> mobility.with(key, null).enableMobilityUser(enable)) != null) {
                        enabled.add(userId);
                    }
                } catch (OneNumberFault e) {
                    assertEquals("LICENSE_QUOTA_EXCEEDED", e.getFaultInfo().getCode(), e.getFaultInfo().getSummary());
                    refusedForQuota.add(userId);
                }
                for (int rename = 1; rename <= 2; rename++) {
                    ModifyUser modify = new ModifyUser();
                    modify.setUserId(userId);
                    modify.setLastName("Mulder " + n + " v" + rename);
                    if (call("rename " + n, key -> acme.with(key, null).modifyUser(modify)) != null) {
                        lastNames.put(userId, modify.getLastName());
                    }
                }
            }
        }

        /**
         * Every user answered OK is there with its last name; the switch holds what the database wants for each
         * subscriber, and received its versions in order; the license pool holds.
         */
        void assertSettled(URL base, SwitchEmulator emulator, AdminConsole console) throws Exception {
            ProvisioningClient acme = ProvisioningClient.acme(base);
            MobilityClient mobility = MobilityClient.acme(base);
            Map<Long, String> found = new HashMap<>();
            eachPage(page -> {
                ListUsers list = new ListUsers();
                list.setAccountId(accountId);
                list.setPage(page);
                ListUsersResponse users = acme.port().listUsers(list);
                users.getUser().forEach(user -> found.put(user.getUserId(), user.getLastName()));
                return users.getNextCursor();
            });
            for (Map.Entry<Long, String> user : lastNames.entrySet()) {
                GetUser get = new GetUser();
                get.setUserId(user.getKey());
                String stored = acme.port().getUser(get).getUser().getLastName();
                assertTrue(stored.equals(user.getValue()) || unknown.get() > 0,
                        "user " + user.getKey() + " has the last name answered OK: " + stored);
            }
            assertTrue(found.keySet().containsAll(lastNames.keySet()), "every user answered OK is in the account");
            assertTrue(found.size() - lastNames.size() <= unknown.get(),
                    "no user twice: " + found.size() + " in the account, " + lastNames.size() + " answered, "
                            + unknown.get() + " unanswered");

            Map<Long, String> clients = new HashMap<>();
            List<LicensePool> pools = new ArrayList<>();
            eachPage(page -> {
                ListLicenses list = new ListLicenses();
                list.setAccountId(accountId);
                list.setPage(page);
                ListLicensesResponse licenses = mobility.port().listLicenses(list);
                pools.add(licenses.getPool());
                for (ClientLicense license : licenses.getLicense()) {
                    if (license.getStatus() == LicenseStatus.SHARED) {
                        assertEquals(null, clients.put(license.getUserId(), license.getDeviceIdentity()), "one license per user");
                    }
                }
                return licenses.getNextCursor();
            });
            LicensePool pool = pools.get(pools.size() - 1);
            assertEquals(LICENSES, pool.getPurchased(), "the pool as bought");
            assertEquals(clients.size(), pool.getShared(), "the pool counts the shared licenses");
            assertTrue(pool.getShared() <= pool.getPurchased(), "never more shared than purchased: " + pool.getShared());
            assertEquals(pool.getPurchased() - pool.getShared(), pool.getAvailable());
            assertTrue(clients.keySet().containsAll(enabled), "every user enabled OK holds a license");
            assertFalse(refusedForQuota.isEmpty(), "the pool ran out: some enables were refused for the quota");
            assertEquals(Set.of(), intersection(clients.keySet(), refusedForQuota), "a refused enable shares nothing");

            long deadline = System.nanoTime() + CONVERGE.toNanos();
            for (long userId : found.keySet()) {
                GetSyncStatus request = new GetSyncStatus();
                request.setUserId(userId);
                GetSyncStatusResponse status = acme.port().getSyncStatus(request);
                while (status.getState() != SyncState.IN_SYNC) {
                    assertTrue(System.nanoTime() < deadline, "user " + userId + " in sync within " + CONVERGE + ": "
                            + status.getState() + " " + status.getLastError());
                    Thread.sleep(500);
                    status = acme.port().getSyncStatus(request);
                }
                String subscriber = status.getSubscriber();
                String held = console.execute("subscriber " + subscriber);
                assertTrue(held.startsWith("OK version=" + status.getDesiredVersion() + " "),
                        subscriber + " holds version " + status.getDesiredVersion() + ": " + held);
                assertEquals(status.getDesiredVersion(), status.getAppliedVersion(), subscriber);
                assertTrue(held.endsWith(" " + found.get(userId)), subscriber + " is named as the database says: " + held);
                String client = clients.get(userId);
                assertEquals(client != null, held.contains("MOBILE_CLIENT:"), subscriber + " holds a client iff licensed: " + held);
                if (client != null) {
                    assertTrue(held.contains("MOBILE_CLIENT:" + client), subscriber + " holds its license's client: " + held);
                }
                List<Long> versions = emulator.receivedVersions(subscriber);
                for (int i = 1; i < versions.size(); i++) {
                    assertTrue(versions.get(i) >= versions.get(i - 1), subscriber + " received its versions in order: " + versions);
                }
            }
        }
    }

    /** Reads page after page, 100 items each, until {@code read} answers no next cursor. */
    private static void eachPage(PageReader read) throws Exception {
        String cursor = null;
        do {
            PageRequest page = new PageRequest();
            page.setCursor(cursor);
            page.setPageSize(100);
            cursor = read.next(page);
        } while (cursor != null);
    }

    @FunctionalInterface
    private interface PageReader {
        /** Reads one page and returns the cursor of the next, or null after the last. */
        String next(PageRequest page) throws Exception;
    }

    /** A SOAP call's answer, sent again with the same key while its instance dies (a transport failure, no answer). */
    private <T> T call(String what, KeyedCall<T> call) throws Exception {
        String key = "scale-out-" + UUID.randomUUID();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.send(key);
            } catch (WebServiceException e) {
                if (attempt == 5) {
                    unknown.incrementAndGet();
                    log(what + ": no answer after " + attempt + " attempts: " + e);
                    return null;
                }
                retried.incrementAndGet();
                Thread.sleep(1_000);
            }
        }
    }

    @FunctionalInterface
    private interface KeyedCall<T> {
        T send(String idempotencyKey) throws Exception;
    }

    // --- the outbox, read from the database as an operator would ------------------------------------------------

    /** The commands leased at this moment, by id, with the lease holder and its end. */
    private static Map<Long, String> leases(PayaraMicro.Database db) throws SQLException {
        Map<Long, String> leased = new HashMap<>();
        try (Connection c = connect(db); PreparedStatement s = c.prepareStatement("select id, claimed_by, claimed_until"
                + " from switch_command where status = 'PENDING' and claimed_by is not null")) {
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    leased.put(r.getLong(1), r.getString(2) + " until " + r.getTimestamp(3));
                }
            }
        }
        return leased;
    }

    /** The leases at a moment when two holders (both instances' dispatchers) hold one each, waited for (bounded). */
    private static Map<Long, String> whenBothInstancesHoldLeases(PayaraMicro.Database db) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Map<Long, String> leased = leases(db);
        while (leased.values().stream().map(holder -> holder.split(" ")[0]).distinct().count() < 2) {
            assertTrue(System.nanoTime() < deadline, "both instances sending to the switch at once: " + leased);
            Thread.sleep(100);
            leased = leases(db);
        }
        return leased;
    }

    /**
     * Of the leases before the kill, those whose claim is still there unchanged: a live dispatcher releases its claim
     * when it has sent the command, while a dead one's stays until it lapses (also when the survivor meanwhile sent a
     * newer state of the target, which makes the command SUPERSEDED).
     */
    private static Set<Long> stillLeased(PayaraMicro.Database db, Map<Long, String> before) throws SQLException {
        Set<Long> dead = new HashSet<>();
        try (Connection c = connect(db); PreparedStatement s = c.prepareStatement(
                "select claimed_by, claimed_until from switch_command where id = ?")) {
            for (Map.Entry<Long, String> lease : before.entrySet()) {
                s.setLong(1, lease.getKey());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && lease.getValue().equals(r.getString(1) + " until " + r.getTimestamp(2))) {
                        dead.add(lease.getKey());
                    }
                }
            }
        }
        return dead;
    }

    /** Of these commands, those still pending. */
    private static Set<Long> openCommands(PayaraMicro.Database db, Set<Long> ids) throws SQLException {
        Set<Long> open = new HashSet<>();
        try (Connection c = connect(db); PreparedStatement s = c.prepareStatement(
                "select status from switch_command where id = ?")) {
            for (long id : ids) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next(), "command " + id);
                    if (r.getString(1).equals("PENDING")) {
                        open.add(id);
                    }
                }
            }
        }
        return open;
    }

    private static Set<Long> intersection(Set<Long> a, Set<Long> b) {
        Set<Long> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static void sql(PayaraMicro.Database db, String statement) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static Connection connect(PayaraMicro.Database db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static void log(String message) {
        System.err.println("[scale-out] " + message);
        System.err.flush();
    }
}
