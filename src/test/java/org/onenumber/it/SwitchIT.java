package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.net.URL;
import org.onenumber.client.AddPhoneNumbers;
import org.onenumber.client.AddUser;
import org.onenumber.client.DeskPhone;
import org.onenumber.client.GetSyncStatus;
import org.onenumber.client.GetSyncStatusResponse;
import org.onenumber.client.GetUser;
import org.onenumber.client.ListSites;
import org.onenumber.client.ModifyUser;
import org.onenumber.client.ProfileType;
import org.onenumber.client.SyncState;
import org.onenumber.client.User;
import org.onenumber.switchadapter.wire.ActiveCallsQuery;
import org.onenumber.switchadapter.wire.CallList;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switchadapter.wire.MoveCall;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.Status;
import org.openqa.selenium.By;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.SubscriberState;
import org.onenumber.switchadapter.wire.SwitchClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;

/**
 * Keeping the switch true, in the container against the embedded emulator, seen as a carrier (SOAP), an
 * admin (the Switch sync page) and the switch itself (its wire protocol and admin console):
 * <ul>
 * <li>inbound: the application's message-driven bean subscribes through the adapter, and the emulator
 * sees every event acknowledged (done only after the bean's transaction committed), also after the
 * switch dropped the connection and refused reconnects for a while;</li>
 * <li>outbound: a user's change reaches the switch through the outbox, in order, also when the switch
 * was away while changes queued up; error answers end FAILED with the switch's reason, show on the
 * Switch sync page, and apply after a retry once the fault is lifted.</li>
 * </ul>
 */
@ExtendWith(SharedServer.class)
class SwitchIT {

    private static final Pattern STATUS = Pattern.compile("lastSeq=(\\d+) ackedSeq=(\\d+)");

    private final PayaraMicro server;
    private final URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    SwitchIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
    }

    /**
     * Leaves the shared switch as the test found it: no faults, and, as far as it depends on this test, nothing
     * waiting in the outbox, so that a dispatcher pausing after refused connections (up to 30 s) has sent
     * again before the next test needs the switch.
     */
    @AfterEach
    void liftFaults() throws Exception {
        admin("clear");
        admin("refuse off");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.metric("onenumber_switch_outbox_pending") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    /**
     * The demo data is written while the application starts, before the switch dispatcher is ready: each of those
     * commits wakes the dispatcher, and none may fail doing so (the container used to refuse every wake-up as a call
     * into a singleton still starting, with a stack trace per commit).
     */
    @Test
    void changesCommittedWhileTheApplicationStartsWakeTheDispatcherWithoutErrors() throws Exception {
        String log = Files.readString(server.logFile(), StandardCharsets.UTF_8);
        assertTrue(log.contains("was successfully deployed"), "the log is the server's: " + server.logFile());
        assertEquals(-1, log.indexOf("WELD-000401"), "no observer failed");
        assertEquals(-1, log.indexOf("Illegal synchronous loopback call"), "no call into a singleton that was starting");
    }

    private record Seqs(long last, long acked) {
    }

    private String admin(String command) throws IOException {
        return SwitchConsole.admin(server.adminPort(), command);
    }

    private Seqs seqs() throws IOException {
        Matcher m = STATUS.matcher(admin("status"));
        assertTrue(m.find());
        return new Seqs(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }

    private Seqs awaitAllAcknowledged(long atLeast, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Seqs seqs = seqs();
        while ((seqs.acked() < seqs.last() || seqs.last() < atLeast) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            seqs = seqs();
        }
        return seqs;
    }

    /**
     * Provisions a station straight on the switch; its desk phone and client register, making events.
     * Returns the desk phone's MAC address.
     */
    private String provisionStation() throws Exception {
        return provisionStation(null);
    }

    /** As {@link #provisionStation()}, telling the caller the subscriber key through {@code key[0]}. */
    private String provisionStation(String[] key) throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String mac = suffix.substring(0, 2) + ":" + suffix.substring(2, 4) + ":" + suffix.substring(4, 6) + ":"
                + suffix.substring(6, 8) + ":" + suffix.substring(8, 10) + ":01";
        SubscriberState state = new SubscriberState("+1408555" + (1000 + (int) (Math.random() * 8999)), "1001", "Test Station",
                true, List.of(new Endpoint(Endpoint.Kind.DESK, mac), new Endpoint(Endpoint.Kind.MOBILE_CLIENT, "FE" + suffix)),
                RingSettings.of(RingSettings.PreferredDevice.AUTO_PILOT), CallForwarding.NONE, false, true);
        try (SwitchClient operator = SwitchConsole.operator(server.switchPort())) {
            assertTrue(operator.send(id -> new org.onenumber.switchadapter.wire.ApplySubscriber(id, "it-" + suffix, 1, state))
                    .isSuccess());
        }
        if (key != null) {
            key[0] = "it-" + suffix;
        }
        return mac;
    }

    @Test
    void everyEventIsAcknowledgedOnceTheApplicationRecordedIt() throws Exception {
        long before = seqs().last();
        provisionStation();
        Seqs after = awaitAllAcknowledged(before + 2, Duration.ofSeconds(30));
        assertTrue(after.last() >= before + 2, "the desk phone and the client registered: " + after);
        assertEquals(after.last(), after.acked(), "the application acknowledged every event");
    }

    @Test
    void theSubscriptionComesBackAfterTheSwitchWentAwayAndCatchesUp() throws Exception {
        String mac = provisionStation();
        awaitAllAcknowledged(0, Duration.ofSeconds(30));
        admin("refuse on");
        admin("drop-connections");
        long before = seqs().last();
        admin("unregister " + mac);
        admin("register " + mac);
        Seqs whileAway = seqs();
        assertTrue(whileAway.acked() < whileAway.last(), "nothing can be acknowledged while the switch refuses: " + whileAway);

        admin("refuse off");
        Seqs after = awaitAllAcknowledged(before + 2, Duration.ofSeconds(60));
        assertEquals(after.last(), after.acked(), "after reconnecting, the events sent while away were delivered");
    }

    // ---- outbound: the outbox and the dispatcher ----

    private ProvisioningClient acme() {
        return ProvisioningClient.acme(base);
    }

    /** A new user of the demo account Globex with a desk phone, made through SOAP. */
    private User newUser() throws Exception {
        long accountId = acme().accountNamed("Globex Corporation");
        ListSites sites = new ListSites();
        sites.setAccountId(accountId);
        long siteId = acme().port().listSites(sites).getSite().get(0).getSiteId();
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        AddUser add = new AddUser();
        add.setAccountId(accountId);
        add.setSiteId(siteId);
        add.setFirstName("Sync");
        add.setLastName("Tester " + suffix);
        add.setEmail("sync." + suffix.toLowerCase() + "@globex.example");
        add.setExtension("7" + (100000 + (int) (Math.random() * 899999)));
        add.setProfileType(ProfileType.PREMIER);
        DeskPhone phone = new DeskPhone();
        phone.setModel("IP485G");
        phone.setMacAddress("00:10:49:" + suffix.substring(0, 2) + ":" + suffix.substring(2, 4) + ":" + suffix.substring(4, 6));
        add.setDeskPhone(phone);
        return acme().port().addUser(add).getUser();
    }

    private GetSyncStatusResponse syncStatus(long userId) throws Exception {
        GetSyncStatus request = new GetSyncStatus();
        request.setUserId(userId);
        return acme().port().getSyncStatus(request);
    }

    private GetSyncStatusResponse awaitSync(long userId, SyncState state, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        GetSyncStatusResponse status = syncStatus(userId);
        while (status.getState() != state && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = syncStatus(userId);
        }
        assertEquals(state, status.getState(), "sync state of user " + userId + ": " + status.getLastError());
        return status;
    }

    private User modifyExtension(ProvisioningClient client, long userId, String extension) throws Exception {
        ModifyUser modify = new ModifyUser();
        modify.setUserId(userId);
        modify.setExtension(extension);
        return client.port().modifyUser(modify).getUser();
    }

    private long appliedOnSwitch(String subscriber) throws Exception {
        return SwitchConsole.appliedVersion(server.switchPort(), subscriber);
    }

    @Test
    void aNewUserReachesTheSwitch() throws Exception {
        User user = newUser();
        GetSyncStatusResponse status = awaitSync(user.getUserId(), SyncState.IN_SYNC, Duration.ofSeconds(30));
        assertTrue(status.getDesiredVersion() > 0);
        assertEquals(status.getDesiredVersion(), appliedOnSwitch(status.getSubscriber()),
                "the switch holds the version the database wants");
    }

    @Test
    void changesQueuedWhileTheSwitchIsAwayAllArriveInOrder() throws Exception {
        User user = newUser();
        awaitSync(user.getUserId(), SyncState.IN_SYNC, Duration.ofSeconds(30));
        admin("refuse on");
        admin("drop-connections");
        String last = null;
        for (int i = 0; i < 3; i++) {
            last = "8" + (100000 + (int) (Math.random() * 899999));
            modifyExtension(acme(), user.getUserId(), last);
        }
        GetSyncStatusResponse waiting = syncStatus(user.getUserId());
        assertEquals(SyncState.PENDING, waiting.getState(), "nothing reaches a switch that refuses connections");

        admin("refuse off");
        GetSyncStatusResponse status = awaitSync(user.getUserId(), SyncState.IN_SYNC, Duration.ofSeconds(60));
        assertEquals(0, status.getPendingCommands());
        assertEquals(status.getDesiredVersion(), appliedOnSwitch(status.getSubscriber()),
                "the newest state, sent last, is the one the switch holds");
    }

    @Test
    void aBurstOfChangesWhileTheSwitchIsAwayReachesItAsOneExchangeWithTheNewestState() throws Exception {
        User user = newUser();
        GetSyncStatusResponse before = awaitSync(user.getUserId(), SyncState.IN_SYNC, Duration.ofSeconds(30));
        admin("refuse on");
        admin("drop-connections");
        int changes = 20;
        for (int i = 0; i < changes; i++) {
            modifyExtension(acme(), user.getUserId(), "7" + (100000 + (int) (Math.random() * 899999)));
        }
        admin("refuse off");
        GetSyncStatusResponse status = awaitSync(user.getUserId(), SyncState.IN_SYNC, Duration.ofSeconds(60));
        assertEquals(before.getDesiredVersion() + changes, status.getDesiredVersion());
        assertEquals(status.getDesiredVersion(), appliedOnSwitch(status.getSubscriber()));
        String received = admin("versions " + status.getSubscriber()).replaceFirst("^OK received=", "").trim();
        assertEquals(before.getDesiredVersion() + "," + status.getDesiredVersion(), received,
                "only the newest of the queued states was sent: the switch saw the first version, then the last");
    }

    @Test
    void fiveHundredQuickChangesToOneSubscriberReachTheSwitchAsFarFewerExchangesEndingWithTheNewest() throws Exception {
        User user = newUser();
        GetSyncStatusResponse before = awaitSync(user.getUserId(), SyncState.IN_SYNC, Duration.ofSeconds(30));
        int changes = 500;
        int clients = 5; // 100 changes each
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        java.util.concurrent.ConcurrentLinkedQueue<String> answered = new java.util.concurrent.ConcurrentLinkedQueue<>();
        // a switch that takes half a second per answer, as a remote one may: whatever the machine's speed, the changes
        // made while one exchange is on its way are many, and they collapse into the next exchange
        admin("latency 500");
        long burstStarted = System.nanoTime();
        long burstMillis;
        try {
            List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                ProvisioningClient client = acme();
                work.add(pool.submit(() -> {
                    for (int i = 0; i < changes / clients; i++) {
                        answered.add(modifyExtension(client, user.getUserId(), "7" + (100000 + (int) (Math.random() * 899999)))
                                .getExtension());
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : work) {
                f.get(5, java.util.concurrent.TimeUnit.MINUTES);
            }
            burstMillis = (System.nanoTime() - burstStarted) / 1_000_000;
        } finally {
            pool.shutdownNow();
            admin("latency 0");
        }
        assertEquals(changes, answered.size());
        GetSyncStatusResponse status = awaitSync(user.getUserId(), SyncState.IN_SYNC, Duration.ofSeconds(60));
        assertEquals(before.getDesiredVersion() + changes, status.getDesiredVersion());
        assertEquals(status.getDesiredVersion(), appliedOnSwitch(status.getSubscriber()), "the switch holds the newest version");
        GetUser get = new GetUser();
        get.setUserId(user.getUserId());
        String newest = acme().port().getUser(get).getUser().getExtension();
        assertTrue(admin("subscriber " + status.getSubscriber()).contains(" extension=" + newest + " "),
                "the switch holds the newest state: extension " + newest);
        List<Long> received = java.util.Arrays.stream(admin("versions " + status.getSubscriber()).replaceFirst("^OK received=", "")
                .trim().split(",")).map(Long::valueOf).filter(v -> v > before.getDesiredVersion()).toList();
        // an exchange takes the switch's half second, one at a time for a subscriber: while the burst lasted, at most one
        // exchange per half second (and the one after it); on this machine's usual speed that is a fifth of the changes
        // or fewer, on a slow one more, but always bounded by the time and never one per change
        assertTrue(received.size() <= burstMillis / 500 + 2 && received.size() <= changes / 2, changes + " changes in "
                + burstMillis + " ms took " + received.size() + " exchanges with the switch");
        for (int i = 1; i < received.size(); i++) {
            assertTrue(received.get(i) > received.get(i - 1), "versions reached the switch in order: " + received);
        }
        assertTrue(status.getSupersededCommands() >= changes - received.size() - 1,
                "the states never sent are superseded: " + status.getSupersededCommands());
    }

    @Test
    void switchErrorsFailWithTheReasonShowOnTheSyncPageAndApplyAfterRetry() throws Exception {
        User user = newUser();
        awaitSync(user.getUserId(), SyncState.IN_SYNC, Duration.ofSeconds(30));
        admin("fail-percent 100 subscriber store is read-only");
        modifyExtension(acme(), user.getUserId(), "9" + (100000 + (int) (Math.random() * 899999)));
        GetSyncStatusResponse failed = awaitSync(user.getUserId(), SyncState.FAILED, Duration.ofSeconds(60));
        assertTrue(failed.getLastError().contains("subscriber store is read-only"), failed.getLastError());

        browser.signIn(base, "dm", "Decision-2026");
        browser.open(base, "admin/switch-sync.xhtml");
        By row = By.xpath("//tr[contains(@class,'command-FAILED')][.//td[contains(.,'" + failed.getSubscriber() + "')]]");
        assertTrue(browser.find(row).getText().contains("subscriber store is read-only"));

        // the dispatcher, a system caller of Globex, put the refusal into the account's audit trail (its own
        // transaction, after the command's FAILED: the page is read again until it is there)
        Browser.until(browser.waitingForBackground(), () -> {
            browser.open(base, "admin/audit.xhtml");
            browser.waitForPage(base, "/admin/audit.xhtml");
            return browser.findAll(By.xpath("//tbody[@id='audit:table_data']/tr")).stream()
                    .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> td.getText()).toList().toString())
                    .anyMatch(line -> line.contains("switch-dispatcher, Switch, Failed: Switch command")
                    && line.contains(failed.getSubscriber()) && line.contains("subscriber store is read-only"));
        }, "the refusal in the audit trail");
        browser.open(base, "admin/switch-sync.xhtml");

        admin("clear");
        browser.find(By.xpath("//tr[contains(@class,'command-FAILED')][.//td[contains(.,'" + failed.getSubscriber()
                + "')]]//button[contains(@class,'retry-command')]")).click();
        browser.waiting().until(d -> browser.globalMessages().contains("will be sent again"));
        GetSyncStatusResponse status = awaitSync(user.getUserId(), SyncState.IN_SYNC, Duration.ofSeconds(30));
        assertEquals(status.getDesiredVersion(), appliedOnSwitch(status.getSubscriber()));
    }

    @Test
    void theSwitchIgnoresAStateOlderThanTheOneItHolds() throws Exception {
        User user = newUser();
        modifyExtension(acme(), user.getUserId(), "6" + (100000 + (int) (Math.random() * 899999)));
        GetSyncStatusResponse status = awaitSync(user.getUserId(), SyncState.IN_SYNC, Duration.ofSeconds(30));
        assertEquals(2, status.getDesiredVersion(), "a new subscriber starts at version 1, each change adds one");
        SubscriberState older = new SubscriberState(null, "1", "Replayed", false, List.of(),
                RingSettings.of(RingSettings.PreferredDevice.WORK_PHONE), CallForwarding.NONE, false, true);
        try (SwitchClient operator = SwitchConsole.operator(server.switchPort())) {
            Response replay = operator.send(id -> new org.onenumber.switchadapter.wire.ApplySubscriber(id,
                    status.getSubscriber(), status.getDesiredVersion() - 1, older));
            assertEquals(Status.IGNORED_STALE, replay.status());
        }
        assertEquals(status.getDesiredVersion(), appliedOnSwitch(status.getSubscriber()), "the newer state stays");
    }

    @Test
    void aMoveSentTwiceRunsOnce() throws Exception {
        String[] subscriber = new String[1];
        provisionStation(subscriber);
        String callId = admin("call " + subscriber[0] + " +12125550147 DESK").substring("OK ".length()).trim();
        String first = "move-" + UUID.randomUUID();
        try (SwitchClient operator = SwitchConsole.operator(server.switchPort())) {
            Response toMobile = operator.send(id -> new MoveCall(id, first, callId, Device.MOBILE));
            assertTrue(toMobile.isSuccess(), toMobile.text());
            Response back = operator.send(id -> new MoveCall(id, "move-" + UUID.randomUUID(), callId, Device.DESK));
            assertTrue(back.isSuccess(), back.text());

            Response again = operator.send(id -> new MoveCall(id, first, callId, Device.MOBILE));
            assertEquals(toMobile.status(), again.status());
            assertEquals(toMobile.text(), again.text(), "the repeat answers with the first result");
            CallList calls = operator.send(id -> new ActiveCallsQuery(id, subscriber[0])).body(CallList.class);
            assertEquals(Device.DESK, calls.calls().stream().filter(c -> c.callId().equals(callId)).findFirst()
                    .orElseThrow().device(), "the repeated move did not run again");
        }
    }
}
