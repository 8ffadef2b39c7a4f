package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onenumber.testsupport.SoapFaults.fault;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.client.*;
import org.onenumber.notify.Mailbox;
import org.onenumber.notify.QrCodes;
import org.onenumber.testsupport.AtOnce;
import org.onenumber.testsupport.ListPages;
import org.onenumber.testsupport.TestAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;

/**
 * The Mobility add-on as a carrier's back office drives it over SOAP (CXF client), checked where a person
 * would check it: the license pool, the switch emulator's subscribers, the emails received. Each test makes
 * its own account; the demo account is only read (a Phone Manager's refused changes leave it as it was).
 */
@ExtendWith(SharedServer.class)
class MobilitySoapIT {

    private static final Duration SWITCH_WAIT = Duration.ofSeconds(30);
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    private final PayaraMicro server;
    private final URL base;
    private final Mailbox mailbox;
    private ProvisioningClient acme;
    private MobilityClient mobility;

    MobilitySoapIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
        this.mailbox = new Mailbox(server.dataDir().resolve("mail"));
    }

    @BeforeEach
    void clients() {
        acme = ProvisioningClient.acme(base);
        mobility = MobilityClient.acme(base);
    }

    private record Fixture(long accountId, List<User> users) {
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new account with one site and {@code users} users of the given profile, extensions 2001 on. */
    private Fixture account(int users, ProfileType profile) throws Exception {
        TestAccounts.Made made = TestAccounts.create(acme.port(), "Mobility " + unique(), users + 2);
        long accountId = made.accountId();
        long siteId = made.siteId();
        List<String> free = made.numbers();
        String tag = unique();
        List<User> added = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            AddUser add = new AddUser();
            add.setAccountId(accountId);
            add.setSiteId(siteId);
            add.setFirstName("Fox");
            add.setLastName("Mulder " + i);
            add.setEmail("fox" + i + "." + tag + "@example.com");
            add.setExtension(String.valueOf(2001 + i));
            add.setBusinessNumber(free.get(i));
            add.setProfileType(profile);
            added.add(acme.port().addUser(add).getUser());
        }
        return new Fixture(accountId, added);
    }

    /** Activates Mobility for the account and completes it as support would, with SMR1. */
    private Mobility activate(long accountId, int licenses) throws Exception {
        ActivateMobility activate = new ActivateMobility();
        activate.setAccountId(accountId);
        activate.setPurchaseConfirmed(true);
        assertEquals(MobilityStatus.PENDING_ACTIVATION, mobility.port().activateMobility(activate).getMobility().getStatus());
        CompleteMobilityActivation complete = new CompleteMobilityActivation();
        complete.setAccountId(accountId);
        MobilitySettings settings = new MobilitySettings();
        settings.setMobilityRouter("SMR1");
        settings.setGroupName("Group " + accountId);
        complete.setSettings(settings);
        Mobility active = mobility.port().completeMobilityActivation(complete).getMobility();
        assertEquals(MobilityStatus.ACTIVE, active.getStatus());
        if (licenses > 0) {
            setQuantity(accountId, licenses);
        }
        return active;
    }

    private LicensePool setQuantity(long accountId, int quantity) throws Exception {
        SetLicenseQuantity set = new SetLicenseQuantity();
        set.setAccountId(accountId);
        set.setQuantity(quantity);
        return mobility.port().setLicenseQuantity(set).getPool();
    }

    private ListLicensesResponse licenses(long accountId) throws Exception {
        ListLicenses list = new ListLicenses();
        list.setAccountId(accountId);
        PageRequest page = new PageRequest();
        page.setPageSize(200);
        list.setPage(page);
        return mobility.port().listLicenses(list);
    }

    private void allowClientsPerUser(long accountId, int clients) throws Exception {
        ModifyMobilitySettings allow = new ModifyMobilitySettings();
        allow.setAccountId(accountId);
        MobilitySettings settings = new MobilitySettings();
        settings.setMaxClientsPerUser(clients);
        allow.setSettings(settings);
        mobility.port().modifyMobilitySettings(allow);
    }

    private MobilityUser enable(long userId, String mobilityExtension) throws Exception {
        EnableMobilityUser enable = new EnableMobilityUser();
        enable.setUserId(userId);
        enable.setMobilityExtension(mobilityExtension);
        return mobility.port().enableMobilityUser(enable).getMobilityUser();
    }

    private List<MobilityUser> mobilityUsers(long accountId) throws Exception {
        ListMobilityUsers list = new ListMobilityUsers();
        list.setAccountId(accountId);
        return mobility.port().listMobilityUsers(list).getMobilityUser();
    }

    /** The switch's key for the user's station, as the sync status reports it. */
    private String subscriber(long userId) throws Exception {
        GetSyncStatus request = new GetSyncStatus();
        request.setUserId(userId);
        return acme.port().getSyncStatus(request).getSubscriber();
    }

    /** What the emulator holds for the subscriber, once {@code expected} shows in it. */
    private String awaitSwitch(String subscriber, String expected, boolean present) throws Exception {
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        String state = SwitchConsole.admin(server.adminPort(), "subscriber " + subscriber);
        while (state.contains(expected) != present && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = SwitchConsole.admin(server.adminPort(), "subscriber " + subscriber);
        }
        assertEquals(present, state.contains(expected), subscriber + " on the switch: " + state);
        return state;
    }


    @Test
    void sixtyFourConcurrentSharesAgainstFiftyLicensesShareExactlyFifty() throws Exception {
        Fixture f = account(64, ProfileType.ESSENTIALS);
        activate(f.accountId(), 50);

        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Callable<Void>> calls = new ArrayList<>();
        for (User user : f.users()) {
            calls.add(race(outcomes, "share", () -> share(user.getUserId())));
        }
        AtOnce.run(calls);

        assertEquals(Map.of("share OK", 50, "share LICENSE_QUOTA_EXCEEDED", 14), outcomes);
        ListLicensesResponse listed = licenses(f.accountId());
        assertEquals(50, listed.getPool().getPurchased());
        assertEquals(50, listed.getPool().getShared());
        assertEquals(0, listed.getPool().getAvailable());
        assertEquals(50, listed.getLicense().stream().filter(l -> l.getStatus() == LicenseStatus.SHARED).count());
        assertEquals(50, listed.getLicense().stream().map(ClientLicense::getUserId).distinct().count(),
                "one license per station");

        int onSwitch = 0;
        for (ClientLicense license : listed.getLicense()) {
            awaitSwitch(subscriber(license.getUserId()), "MOBILE_CLIENT:" + license.getDeviceIdentity(), true);
            onSwitch++;
        }
        assertEquals(50, onSwitch);
        // and no client reached the switch for the 14 refused stations
        for (User user : f.users()) {
            if (listed.getLicense().stream().noneMatch(l -> Long.valueOf(user.getUserId()).equals(l.getUserId()))) {
                assertFalse(SwitchConsole.admin(server.adminPort(), "subscriber " + subscriber(user.getUserId())).contains("MOBILE_CLIENT"));
            }
        }

        OneNumberFaultDetail below = fault(() -> setQuantity(f.accountId(), 49));
        assertEquals("QUANTITY_BELOW_SHARED", below.getCode());
        assertEquals(50, licenses(f.accountId()).getPool().getPurchased(), "a refused decrease changes nothing");
    }

    /**
     * Shares, unshares and quantity reductions of one account at once: every call ends with its answer or a fault its
     * operation documents (no deadlock, no lock timeout), the shares that succeeded hold a license each, and the pool
     * counts what its licenses say. The yardstick for any change to the order in which these lock.
     */
    @Test
    void sharesUnsharesAndReductionsRacingNeverDeadlockNorPassTheQuantity() throws Exception {
        Fixture f = account(40, ProfileType.ESSENTIALS);
        activate(f.accountId(), 50);
        Map<Long, String> heldBefore = new ConcurrentHashMap<>();
        for (User user : f.users().subList(0, 10)) {
            ShareLicense share = new ShareLicense();
            share.setUserId(user.getUserId());
            heldBefore.put(user.getUserId(), mobility.port().shareLicense(share).getLicense().getDeviceIdentity());
        }
        List<Integer> reductions = List.of(48, 46, 44, 42, 40, 38, 36, 34);

        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Integer> reducedTo = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> calls = new ArrayList<>();
        for (User user : f.users().subList(10, 40)) {
            calls.add(race(outcomes, "share", () -> share(user.getUserId())));
        }
        heldBefore.forEach((userId, identity) -> calls.add(race(outcomes, "unshare", () -> {
            UnshareLicense unshare = new UnshareLicense();
            unshare.setAccountId(f.accountId());
            unshare.setDeviceIdentity(identity);
            MobilityClient.acme(base).port().unshareLicense(unshare);
        })));
        for (int quantity : reductions) {
            calls.add(race(outcomes, "reduce", () -> {
                SetLicenseQuantity set = new SetLicenseQuantity();
                set.setAccountId(f.accountId());
                set.setQuantity(quantity);
                MobilityClient.acme(base).port().setLicenseQuantity(set);
                reducedTo.add(quantity);
            }));
        }
        AtOnce.run(calls);

        System.out.println("MobilitySoapIT race: " + outcomes + "; reductions that went through: " + reducedTo);
        assertEquals(10, outcomes.getOrDefault("unshare OK", 0), "every unshare went through: " + outcomes);
        for (String outcome : outcomes.keySet()) {
            assertTrue(Set.of("share OK", "share LICENSE_QUOTA_EXCEEDED", "unshare OK", "reduce OK",
                    "reduce QUANTITY_BELOW_SHARED").contains(outcome), "no other outcome (a deadlock, a lock timeout): " + outcomes);
        }
        ListLicensesResponse listed = licenses(f.accountId());
        long sharedRows = listed.getLicense().stream().filter(l -> l.getStatus() == LicenseStatus.SHARED).count();
        assertEquals(listed.getPool().getPurchased(), listed.getLicense().size(), "a license row for each one bought");
        assertEquals(sharedRows, listed.getPool().getShared(), "the pool counts the shared licenses");
        assertEquals(listed.getPool().getPurchased() - sharedRows, listed.getPool().getAvailable());
        assertEquals(outcomes.getOrDefault("share OK", 0).longValue(), sharedRows, "the shares that succeeded hold a license each: " + outcomes);
        assertTrue(sharedRows <= listed.getPool().getPurchased());
        assertEquals(sharedRows, listed.getLicense().stream().filter(l -> l.getStatus() == LicenseStatus.SHARED)
                .map(ClientLicense::getUserId).distinct().count(), "one license per station");
        assertTrue(listed.getLicense().stream().filter(l -> l.getStatus() == LicenseStatus.SHARED)
                .noneMatch(l -> heldBefore.containsKey(l.getUserId())), "the unshared users hold none");
        assertEquals(reducedTo.size(), outcomes.getOrDefault("reduce OK", 0).intValue());
        assertTrue(reducedTo.isEmpty() ? listed.getPool().getPurchased() == 50 : reducedTo.contains(listed.getPool().getPurchased()),
                "the quantity is one a reduction set: " + listed.getPool().getPurchased() + " of " + reducedTo);
    }

    /**
     * A share and an enablement of the same user at once, for ten users: each ends in a single license for the user,
     * and no transaction waited for the other in a circle. On the code before, a share locked the pool and then (the
     * sharing rules) the user, an enablement the user and then the pool: the database broke each circle by failing one
     * of them, which ran again (so only the server's log told).
     */
    @Test
    void aShareAndAnEnablementOfOneUserAtOnceNeverWaitInACircle() throws Exception {
        Fixture f = account(10, ProfileType.PREMIER);
        activate(f.accountId(), 20);
        allowClientsPerUser(f.accountId(), 2);
        long logBefore = java.nio.file.Files.size(server.logFile());
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Callable<Void>> calls = new ArrayList<>();
        int i = 0;
        for (User user : f.users()) {
            String extension = String.valueOf(7100 + i++);
            calls.add(race(outcomes, "share", () -> share(user.getUserId())));
            calls.add(race(outcomes, "enable", () ->
                    MobilityClient.acme(base).port().enableMobilityUser(enableRequest(user.getUserId(), extension))));
        }
        AtOnce.run(calls);
        System.out.println("MobilitySoapIT share and enablement race: " + outcomes);
        assertEquals(Map.of("share OK", 10, "enable OK", 10), outcomes);
        ListLicensesResponse listed = licenses(f.accountId());
        for (User user : f.users()) {
            long held = listed.getLicense().stream().filter(l -> Long.valueOf(user.getUserId()).equals(l.getUserId())).count();
            assertTrue(held == 1 || held == 2, user.getUserId() + " holds " + held);
        }
        assertEquals(List.of(), circlesLoggedSince(logBefore), "no transaction waited in a circle");
    }

    /**
     * A user's removal frees their licenses: it takes the account's license pool before the user's row, as a share
     * does, so a share and a removal of one user at once take turns instead of waiting for each other in a circle
     * (which the database broke by failing one; the loser ran once more, or answered INTERNAL_ERROR).
     */
    @Test
    void aShareAndARemovalOfOneUserAtOnceNeverWaitInACircle() throws Exception {
        Fixture f = account(10, ProfileType.PREMIER);
        activate(f.accountId(), 20);
        long logBefore = java.nio.file.Files.size(server.logFile());
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Callable<Void>> calls = new ArrayList<>();
        for (User user : f.users()) {
            calls.add(race(outcomes, "share", () -> share(user.getUserId())));
            calls.add(race(outcomes, "remove", () -> {
                DeleteUser delete = new DeleteUser();
                delete.setUserId(user.getUserId());
                ProvisioningClient.acme(base).port().deleteUser(delete);
            }));
        }
        AtOnce.run(calls);
        System.out.println("MobilitySoapIT share and removal race: " + outcomes);
        assertEquals(10, outcomes.getOrDefault("remove OK", 0), outcomes::toString);
        // a share that came first succeeded and was then freed; one that came after found no user
        assertEquals(10, outcomes.getOrDefault("share OK", 0) + outcomes.getOrDefault("share NOT_FOUND", 0),
                outcomes::toString);
        ListLicensesResponse listed = licenses(f.accountId());
        assertEquals(0, listed.getPool().getShared(), "the removed users' licenses are free");
        assertEquals(List.of(), listed.getLicense().stream().filter(l -> l.getUserId() != null).toList());
        assertEquals(List.of(), circlesLoggedSince(logBefore), "no transaction waited in a circle");
    }

    private void share(long userId) throws OneNumberFault {
        ShareLicense share = new ShareLicense();
        share.setUserId(userId);
        MobilityClient.acme(base).port().shareLicense(share);
    }


    /**
     * The server log's lines since the given size that tell of transactions waiting in a circle: the database broke
     * it by failing one, which ran once more and logged that it lost a race (at most three lines).
     */
    private List<String> circlesLoggedSince(long logBefore) throws java.io.IOException {
        String log;
        try (var in = java.nio.file.Files.newInputStream(server.logFile())) {
            in.skipNBytes(logBefore);
            log = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        java.util.function.Predicate<String> circle = l -> l.toLowerCase(java.util.Locale.ROOT).contains("deadlock")
                || l.contains("Timeout trying to lock") || l.contains("lost a race");
        return log.lines().filter(circle).limit(3).toList();
    }

    /** A call of the races above, for {@link AtOnce#run}: counts its outcome ("share OK", "reduce QUANTITY_BELOW_SHARED"). */
    private static Callable<Void> race(Map<String, Integer> outcomes, String kind, SoapCall call) {
        return () -> {
            try {
                call.run();
                outcomes.merge(kind + " OK", 1, Integer::sum);
            } catch (OneNumberFault e) {
                outcomes.merge(kind + " " + e.getFaultInfo().getCode(), 1, Integer::sum);
            } catch (RuntimeException e) {
                outcomes.merge(kind + " " + e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
            }
            return null;
        };
    }

    @FunctionalInterface
    private interface SoapCall {
        void run() throws OneNumberFault;
    }

    @Test
    void enablingSharesALicenseAndDisablingFreesItAndTakesTheClientOffTheSwitch() throws Exception {
        Fixture f = account(2, ProfileType.PREMIER);
        activate(f.accountId(), 1);
        User user = f.users().get(0);
        String trackingId = "mobility-" + unique();

        // with an idempotency key, as a careful back office sends it: the answer is then made before the commit
        MobilityUser enabled = mobility.with(trackingId + "-key", trackingId + "-enable")
                .enableMobilityUser(enableRequest(user.getUserId(), "9001")).getMobilityUser();
        assertEquals("9001", enabled.getMobilityExtension());
        assertEquals(1, enabled.getDeviceIdentity().size());
        // the version the answer carries is the one written, so sending it back as expectedVersion is not stale
        GetMobilityUser get = new GetMobilityUser();
        get.setUserId(user.getUserId());
        assertEquals(enabled.getVersion(), mobility.port().getMobilityUser(get).getMobilityUser().getVersion());
        ModifyMobilityUser modify = new ModifyMobilityUser();
        modify.setUserId(user.getUserId());
        modify.setExpectedVersion(enabled.getVersion());
        modify.setVideo(!enabled.isVideo());
        assertEquals(!enabled.isVideo(), mobility.port().modifyMobilityUser(modify).getMobilityUser().isVideo());
        String client = enabled.getDeviceIdentity().get(0);
        assertTrue(client.matches("FEBC\\d{8}"), client);
        String subscriber = subscriber(user.getUserId());
        String state = awaitSwitch(subscriber, "MOBILE_CLIENT:" + client, true);
        assertTrue(state.contains("mobility=true") && state.contains("mobilityExtension=9001"), state);
        assertEquals(1, licenses(f.accountId()).getPool().getShared());

        String userName = user.getBusinessNumber().substring(2);
        MimeMessage welcome = mailbox.awaitMessageTo(user.getEmail(), m -> kind(m, "WELCOME"), MAIL_WAIT);
        assertTrue(Mailbox.text(welcome).contains(userName), Mailbox.text(welcome));
        MimeMessage provisioning = mailbox.awaitMessageTo(user.getEmail(), m -> kind(m, "PROVISIONING"), MAIL_WAIT);
        String text = Mailbox.text(provisioning);
        assertTrue(text.contains("Username: " + userName) && text.contains("Server Address: clientstart.acme.example")
                && text.contains("Remote server: smr1.acme.example") && text.contains("Remote server port: 443"), text);
        List<byte[]> images = Mailbox.inlineImages(provisioning);
        assertEquals(1, images.size(), "the QR code");
        String qr = QrCodes.decode(images.get(0));
        assertTrue(qr.startsWith("onenumber-mobility://provision?subscriber=" + userName + "&server=clientstart.acme.example"), qr);
        assertTrue(qr.contains("remoteServer=smr1.acme.example") && qr.contains("remotePort=443") && qr.contains("extension=9001"), qr);

        DisableMobilityUser disable = new DisableMobilityUser();
        disable.setUserId(user.getUserId());
        mobility.with(null, trackingId + "-disable").disableMobilityUser(disable);

        ListLicensesResponse after = licenses(f.accountId());
        assertEquals(0, after.getPool().getShared());
        assertEquals(LicenseStatus.AVAILABLE, after.getLicense().get(0).getStatus());
        assertTrue(mobilityUsers(f.accountId()).isEmpty());
        state = awaitSwitch(subscriber, "MOBILE_CLIENT:" + client, false);
        assertTrue(state.contains("mobility=false"), state);

        // the freed license goes to the next user
        assertEquals(client, enable(f.users().get(1).getUserId(), "9002").getDeviceIdentity().get(0));
    }

    private static EnableMobilityUser enableRequest(long userId, String mobilityExtension) {
        EnableMobilityUser enable = new EnableMobilityUser();
        enable.setUserId(userId);
        enable.setMobilityExtension(mobilityExtension);
        return enable;
    }

    @Test
    void activationWaitsForSupportAndTheSwitchHoldsTheAccountSettings() throws Exception {
        Fixture f = account(1, ProfileType.ELITE);
        ActivateMobility activate = new ActivateMobility();
        activate.setAccountId(f.accountId());
        activate.setPurchaseConfirmed(false);
        assertEquals("purchaseConfirmed", fault(() -> mobility.port().activateMobility(activate)).getField());
        activate.setPurchaseConfirmed(true);
        assertEquals(MobilityStatus.PENDING_ACTIVATION, mobility.port().activateMobility(activate).getMobility().getStatus());
        assertEquals("INVALID_STATUS_CHANGE", fault(() -> mobility.port().activateMobility(activate)).getCode());

        CompleteMobilityActivation complete = new CompleteMobilityActivation();
        complete.setAccountId(f.accountId());
        OneNumberFaultDetail noRouter = fault(() -> mobility.port().completeMobilityActivation(complete));
        assertEquals("mobilityRouter", noRouter.getField());
        MobilitySettings settings = new MobilitySettings();
        settings.setMobilityRouter("SMR9");
        complete.setSettings(settings);
        assertEquals("mobilityRouter", fault(() -> mobility.port().completeMobilityActivation(complete)).getField());

        settings.setMobilityRouter("SMR2");
        settings.setGroupName("Mobility group");
        settings.setVoicemailAccessNumber("8991");
        settings.setReverseDialNumber("6465697332");
        settings.setHandoverNumber("6465697333");
        Mobility active = mobility.port().completeMobilityActivation(complete).getMobility();
        assertEquals(MobilityStatus.ACTIVE, active.getStatus());
        assertEquals("acme-api", active.getActivatedBy());

        String key = "account-" + f.accountId();
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        String onSwitch = SwitchConsole.admin(server.adminPort(), "account " + key);
        while (!onSwitch.contains("router=SMR2") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            onSwitch = SwitchConsole.admin(server.adminPort(), "account " + key);
        }
        assertTrue(onSwitch.contains("router=SMR2") && onSwitch.contains("handover=6465697333"), onSwitch);

        SuspendMobility suspend = new SuspendMobility();
        suspend.setAccountId(f.accountId());
        Mobility suspended = mobility.port().suspendMobility(suspend).getMobility();
        assertEquals(MobilityStatus.SUSPENDED, suspended.getStatus());
        GetMobilitySettings get = new GetMobilitySettings();
        get.setAccountId(f.accountId());
        // the version an answer carries is the one its change wrote, so the next change may send it as expectedVersion
        assertEquals(mobility.port().getMobilitySettings(get).getMobility().getVersion(), suspended.getVersion());
        assertEquals("MOBILITY_NOT_ACTIVE", fault(() -> enable(f.users().get(0).getUserId(), "9100")).getCode());

        ResumeMobility resume = new ResumeMobility();
        resume.setAccountId(f.accountId());
        String trackingId = "resume-" + unique();
        Mobility resumed = mobility.with(trackingId + "-key", trackingId).resumeMobility(resume).getMobility();
        assertEquals(MobilityStatus.ACTIVE, resumed.getStatus());
        assertEquals(mobility.port().getMobilitySettings(get).getMobility().getVersion(), resumed.getVersion(),
                "with an idempotency key too");
    }

    @Test
    void phoneManagerCannotChangeSupportOnlyFieldsOverSoap() throws Exception {
        MobilityClient pm = new MobilityClient(base, "pm", "Manager-2026");
        long globex = acme.accountNamed("Globex Corporation");
        GetMobilitySettings get = new GetMobilitySettings();
        get.setAccountId(globex);
        Mobility before = pm.port().getMobilitySettings(get).getMobility();

        for (String field : List.of("mobilityRouter", "groupName", "accessNumber", "handoverNumber")) {
            ModifyMobilitySettings modify = new ModifyMobilitySettings();
            modify.setAccountId(globex);
            MobilitySettings settings = new MobilitySettings();
            settings.setSendEmailNotification(true);
            switch (field) {
                case "mobilityRouter" -> settings.setMobilityRouter("SMR3");
                case "groupName" -> settings.setGroupName("Taken over");
                case "accessNumber" -> settings.setAccessNumber("+14085550139");
                default -> settings.setHandoverNumber("5550000");
            }
            modify.setSettings(settings);
            OneNumberFaultDetail refused = fault(() -> pm.port().modifyMobilitySettings(modify));
            assertEquals("NOT_SUPPORT_FIELD", refused.getCode());
            assertEquals(field, refused.getField());
        }
        CompleteMobilityActivation complete = new CompleteMobilityActivation();
        complete.setAccountId(globex);
        assertEquals("NOT_PERMITTED", fault(() -> pm.port().completeMobilityActivation(complete)).getCode());

        Mobility after = pm.port().getMobilitySettings(get).getMobility();
        assertEquals(before.getVersion(), after.getVersion(), "nothing changed");
        assertEquals(before.getSettings().isSendEmailNotification(), after.getSettings().isSendEmailNotification());
    }

    @Test
    void changedSettingsWithNotificationOnEmailEveryMobilityUserOnce() throws Exception {
        Fixture f = account(4, ProfileType.PREMIER);
        activate(f.accountId(), 4);
        for (int i = 0; i < 3; i++) {
            enable(f.users().get(i).getUserId(), String.valueOf(7001 + i));
        }
        ModifyMobilitySettings notify = new ModifyMobilitySettings();
        notify.setAccountId(f.accountId());
        MobilitySettings on = new MobilitySettings();
        on.setSendEmailNotification(true);
        notify.setSettings(on);
        mobility.port().modifyMobilitySettings(notify);

        ModifyMobilitySettings change = new ModifyMobilitySettings();
        change.setAccountId(f.accountId());
        MobilitySettings handover = new MobilitySettings();
        handover.setHandoverNumber("6465690001");
        change.setSettings(handover);
        mobility.port().modifyMobilitySettings(change);

        for (User user : f.users().subList(0, 3)) {
            MimeMessage mail = mailbox.awaitMessageTo(user.getEmail(), MobilitySoapIT::settingsNotice, MAIL_WAIT);
            assertTrue(Mailbox.text(mail).contains("6465690001"), Mailbox.text(mail));
        }
        // a change the clients are not provisioned with (video for new users) is no news to anyone
        MobilitySettings video = new MobilitySettings();
        video.setDefaultVideo(true);
        change.setSettings(video);
        mobility.port().modifyMobilitySettings(change);
        // account defaults reach users added afterwards, never those there already
        assertTrue(mobilityUsers(f.accountId()).stream().noneMatch(MobilityUser::isVideo));
        assertTrue(enable(f.users().get(3).getUserId(), "7004").isVideo());
        // give any stray notice time to arrive
        Thread.sleep(3000);
        for (User user : f.users().subList(0, 3)) {
            List<MimeMessage> notices = mailbox.messages().stream()
                    .filter(m -> Mailbox.to(m).stream().anyMatch(to -> to.contains(user.getEmail())))
                    .filter(MobilitySoapIT::settingsNotice).toList();
            assertEquals(1, notices.size(), "notices to " + user.getEmail());
        }
    }

    private static boolean settingsNotice(MimeMessage message) {
        return kind(message, "SETTINGS_CHANGED");
    }

    private static boolean kind(MimeMessage message, String kind) {
        return kind.equals(Mailbox.header(message, "X-OneNumber-Kind"));
    }

    @Test
    void badInputGetsATypedFaultAndChangesNothing() throws Exception {
        Fixture f = account(3, ProfileType.PREMIER);
        Fixture basic = account(1, ProfileType.BASIC);
        User premier = f.users().get(0);

        assertEquals("MOBILITY_NOT_ACTIVE", fault(() -> enable(premier.getUserId(), "9001")).getCode());
        activate(f.accountId(), 2);
        activate(basic.accountId(), 1);

        assertEquals("NOT_FOUND", fault(() -> enable(999_999_999L, "9001")).getCode());
        ShareLicense unknownStation = new ShareLicense();
        unknownStation.setUserId(999_999_999L);
        assertEquals("NOT_FOUND", fault(() -> mobility.port().shareLicense(unknownStation)).getCode());

        OneNumberFaultDetail ineligible = fault(() -> enable(basic.users().get(0).getUserId(), "9001"));
        assertEquals("PROFILE_NOT_ELIGIBLE", ineligible.getCode());

        OneNumberFaultDetail duplicate = fault(() -> enable(premier.getUserId(), f.users().get(1).getExtension()));
        assertEquals("DUPLICATE_EXTENSION", duplicate.getCode());
        assertEquals("mobilityExtension", duplicate.getField());
        User holder = f.users().get(1);
        assertEquals("Extension " + holder.getExtension() + " is already used by " + holder.getFirstName() + " "
                + holder.getLastName() + "'s station.", duplicate.getSummary());
        assertEquals("mobilityExtension", fault(() -> enable(premier.getUserId(), "9x")).getField());

        MobilityClient northwind = new MobilityClient(base, "northwind-api", "northwind-secret1");
        ShareLicense foreign = new ShareLicense();
        foreign.setUserId(premier.getUserId());
        assertEquals("NOT_FOUND", fault(() -> northwind.port().shareLicense(foreign)).getCode());
        ListLicenses foreignList = new ListLicenses();
        foreignList.setAccountId(f.accountId());
        assertEquals("NOT_FOUND", fault(() -> northwind.port().listLicenses(foreignList)).getCode());

        ShareLicense taken = new ShareLicense();
        taken.setUserId(premier.getUserId());
        taken.setDeviceIdentity("FEBC99999999");
        assertEquals("NOT_FOUND", fault(() -> mobility.port().shareLicense(taken)).getCode());

        assertEquals(0, licenses(f.accountId()).getPool().getShared(), "no license was shared");
        assertEquals(0, licenses(basic.accountId()).getPool().getShared());
        assertTrue(mobilityUsers(f.accountId()).isEmpty(), "no mobility user was added");
        assertFalse(SwitchConsole.admin(server.adminPort(), "subscriber " + subscriber(premier.getUserId())).contains("MOBILE_CLIENT"));
    }

    /**
     * An enabled mobility user is reached through a client: UnshareLicense of their only one is refused with
     * MOBILITY_USER_NEEDS_CLIENT and the user keeps it (before, it answered OK and left the user enabled with no
     * client). With a second client shared, the first may go.
     */
    @Test
    void unsharingAMobilityUsersOnlyClientIsRefusedAndTheUserKeepsIt() throws Exception {
        Fixture f = account(1, ProfileType.PREMIER);
        activate(f.accountId(), 2);
        allowClientsPerUser(f.accountId(), 2);
        User user = f.users().get(0);
        String client = enable(user.getUserId(), "9001").getDeviceIdentity().get(0);

        UnshareLicense unshare = new UnshareLicense();
        unshare.setAccountId(f.accountId());
        unshare.setDeviceIdentity(client);
        OneNumberFaultDetail refused = fault(() -> mobility.port().unshareLicense(unshare));
        assertEquals("MOBILITY_USER_NEEDS_CLIENT", refused.getCode(), refused.getSummary());
        assertEquals("deviceIdentity", refused.getField());
        assertEquals(List.of(client), mobilityUsers(f.accountId()).get(0).getDeviceIdentity(), "the user keeps the client");
        assertEquals(1, licenses(f.accountId()).getPool().getShared());

        ShareLicense second = new ShareLicense();
        second.setUserId(user.getUserId());
        String other = mobility.port().shareLicense(second).getLicense().getDeviceIdentity();
        mobility.port().unshareLicense(unshare);
        assertEquals(List.of(other), mobilityUsers(f.accountId()).get(0).getDeviceIdentity(), "with another client, one may go");
    }

    /**
     * UnshareLicense names its license as ShareLicense does, by the user (v1 first took only the account and device
     * identity): the user's only license, or the one named among theirs. A request that names no license, a user
     * with none, or another user's license is refused on the field and takes nothing back. A mobility user's answer
     * carries first and last name as ProvisioningPort's User does.
     */
    @Test
    void unshareLicenseNamesTheLicenseByItsUserAsShareLicenseDoes() throws Exception {
        Fixture f = account(2, ProfileType.ELITE);
        Fixture elsewhere = account(1, ProfileType.ELITE);
        activate(f.accountId(), 3);
        allowClientsPerUser(f.accountId(), 2);
        User holder = f.users().get(0);
        User other = f.users().get(1);
        ShareLicense share = new ShareLicense();
        share.setUserId(holder.getUserId());
        String first = mobility.port().shareLicense(share).getLicense().getDeviceIdentity();
        String second = mobility.port().shareLicense(share).getLicense().getDeviceIdentity();

        UnshareLicense nothingNamed = new UnshareLicense();
        assertEquals("accountId", fault(() -> mobility.port().unshareLicense(nothingNamed)).getField());
        UnshareLicense identityOnly = new UnshareLicense();
        identityOnly.setDeviceIdentity(first);
        assertEquals("accountId", fault(() -> mobility.port().unshareLicense(identityOnly)).getField());
        UnshareLicense whichOne = new UnshareLicense();
        whichOne.setUserId(holder.getUserId());
        OneNumberFaultDetail ambiguous = fault(() -> mobility.port().unshareLicense(whichOne));
        assertEquals("INVALID_FIELD", ambiguous.getCode(), ambiguous.getSummary());
        assertEquals("deviceIdentity", ambiguous.getField());
        UnshareLicense none = new UnshareLicense();
        none.setUserId(other.getUserId());
        assertEquals("userId", fault(() -> mobility.port().unshareLicense(none)).getField());
        UnshareLicense notTheirs = new UnshareLicense();
        notTheirs.setUserId(other.getUserId());
        notTheirs.setDeviceIdentity(first);
        assertEquals("deviceIdentity", fault(() -> mobility.port().unshareLicense(notTheirs)).getField());
        UnshareLicense wrongAccount = new UnshareLicense();
        wrongAccount.setUserId(holder.getUserId());
        wrongAccount.setAccountId(elsewhere.accountId());
        wrongAccount.setDeviceIdentity(first);
        assertEquals("NOT_FOUND", fault(() -> mobility.port().unshareLicense(wrongAccount)).getCode());
        assertEquals(2, licenses(f.accountId()).getPool().getShared(), "nothing was taken back");

        UnshareLicense named = new UnshareLicense();
        named.setUserId(holder.getUserId());
        named.setDeviceIdentity(second);
        ClientLicense back = mobility.port().unshareLicense(named).getLicense();
        assertEquals(second, back.getDeviceIdentity());
        assertEquals(LicenseStatus.AVAILABLE, back.getStatus());
        UnshareLicense onlyOne = new UnshareLicense();
        onlyOne.setUserId(holder.getUserId());
        onlyOne.setAccountId(f.accountId());
        assertEquals(first, mobility.port().unshareLicense(onlyOne).getLicense().getDeviceIdentity(),
                "the user's only license, the account given as well");
        assertEquals(0, licenses(f.accountId()).getPool().getShared());
        awaitSwitch(subscriber(holder.getUserId()), "MOBILE_CLIENT", false);

        MobilityUser enabled = enable(other.getUserId(), "9002");
        assertEquals(other.getFirstName(), enabled.getFirstName());
        assertEquals(other.getLastName(), enabled.getLastName());
        assertEquals(other.getFirstName() + " " + other.getLastName(), enabled.getName());
        assertEquals(other.getLastName(), mobilityUsers(f.accountId()).get(0).getLastName());
    }

    @Test
    void theWelcomeEmailFollowsTheAccountsTemplateAndCanBeTurnedOff() throws Exception {
        Fixture f = account(2, ProfileType.ELITE);
        activate(f.accountId(), 2);
        ModifyMobilitySettings modify = new ModifyMobilitySettings();
        modify.setAccountId(f.accountId());
        MobilitySettings template = new MobilitySettings();
        template.setWelcomeSubject("Welcome aboard, {firstName}");
        template.setWelcomeTemplate("Hi {firstName}, sign in as {clientUserName}. {typo}");
        modify.setSettings(template);
        mobility.port().modifyMobilitySettings(modify);

        User first = f.users().get(0);
        ShareLicense share = new ShareLicense();
        share.setUserId(first.getUserId());
        mobility.port().shareLicense(share);
        MimeMessage welcome = mailbox.awaitMessageTo(first.getEmail(), m -> kind(m, "WELCOME"), MAIL_WAIT);
        assertEquals("Welcome aboard, Fox", Mailbox.subject(welcome));
        assertTrue(Mailbox.text(welcome).contains("Hi Fox, sign in as " + first.getBusinessNumber().substring(2) + ". {typo}"),
                Mailbox.text(welcome));

        MobilitySettings off = new MobilitySettings();
        off.setWelcomeEmailEnabled(false);
        modify.setSettings(off);
        mobility.port().modifyMobilitySettings(modify);
        User second = f.users().get(1);
        share.setUserId(second.getUserId());
        mobility.port().shareLicense(share);
        // the share's switch command and emails are written together; once the switch has it, any email was queued
        awaitSwitch(subscriber(second.getUserId()), "MOBILE_CLIENT", true);
        Thread.sleep(3000);
        assertTrue(mailbox.messages().stream().noneMatch(m -> Mailbox.to(m).stream().anyMatch(to -> to.contains(second.getEmail()))),
                "no welcome email when the account turned it off");
    }

    @Test
    void aRetriedShareWithTheSameKeySharesOneLicense() throws Exception {
        Fixture f = account(1, ProfileType.PREMIER);
        activate(f.accountId(), 2);
        ShareLicense share = shareTo(f.users().get(0));
        String key = "share-" + unique();
        ClientLicense first = mobility.with(key, null).shareLicense(share).getLicense();
        ClientLicense again = mobility.with(key, null).shareLicense(share).getLicense();
        assertEquals(first.getDeviceIdentity(), again.getDeviceIdentity());
        assertEquals(1, licenses(f.accountId()).getPool().getShared());
        // without the key the second share is a real one, and the user's limit of one client refuses it
        assertEquals("CLIENT_LIMIT_REACHED", fault(() -> mobility.port().shareLicense(share)).getCode());
    }

    /**
     * An account that never bought licenses lists its pool at version 0; a quantity set against version 0 is taken,
     * and a second one against 0 is refused (STALE_VERSION) and changes nothing. Before, a set with version 0 created
     * the pool before comparing, so it was refused every time, and support's page sent no version at all, so a first
     * purchase made while its dialog was open was undone without a word.
     */
    @Test
    void aFirstQuantityIsSetAgainstVersionZeroAndASecondFromZeroIsStale() throws Exception {
        Fixture f = account(1, ProfileType.PREMIER);
        assertEquals(0L, licenses(f.accountId()).getPool().getVersion(), "no pool yet: version 0");
        SetLicenseQuantity set = new SetLicenseQuantity();
        set.setAccountId(f.accountId());
        set.setExpectedVersion(0L);
        set.setQuantity(3);
        assertEquals(3, mobility.port().setLicenseQuantity(set).getPool().getPurchased());
        set.setQuantity(1);
        try {
            mobility.port().setLicenseQuantity(set);
            throw new AssertionError("a second set from version 0 was taken");
        } catch (OneNumberFault stale) {
            assertEquals("STALE_VERSION", stale.getFaultInfo().getCode());
        }
        assertEquals(3, licenses(f.accountId()).getPool().getPurchased(), "the three stay");
    }

    /**
     * A share locks its user and the license it takes, not the account's pool: with the pool's row held by another
     * transaction (as a purchase or an unshare holds it), shares of the account complete. Before, every share locked the
     * pool until it committed, so the shares of one account ran one at a time, and here the share waited for the pool
     * until the database gave up (H2, 10 s) or as long as the holder kept it (PostgreSQL).
     */
    @Test
    void aShareDoesNotWaitForTheAccountsPool() throws Exception {
        Fixture f = account(1, ProfileType.PREMIER);
        activate(f.accountId(), 2);
        ShareLicense share = shareTo(f.users().get(0));
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (Connection db = database()) {
            db.setAutoCommit(false);
            try (PreparedStatement lock = db.prepareStatement("select id from license_pool where account_id = ? for update")) {
                lock.setLong(1, f.accountId());
                lock.executeQuery().close();
            }
            Future<ClientLicense> shared = caller.submit(() -> mobility.port().shareLicense(share).getLicense());
            try {
                assertEquals(f.users().get(0).getUserId(), shared.get(20, TimeUnit.SECONDS).getUserId(),
                        "shared while the pool's row was held");
            } finally {
                db.rollback();
            }
        } finally {
            caller.shutdownNow();
        }
        LicensePool pool = licenses(f.accountId()).getPool();
        assertEquals(1, pool.getShared(), "the pool counts the share");
        assertEquals(1, pool.getAvailable());
    }

    /**
     * A license another transaction is taking (locked, still available) is passed over: a share naming it is refused
     * as IN_USE at once, a share without a device identity takes the next one, and a reduction of the quantity removes
     * only available licenses no one holds, refusing with QUANTITY_BELOW_SHARED and changing nothing when it cannot
     * find enough of them.
     */
    @Test
    void aLicenseBeingTakenIsPassedOverBySharesAndReductions() throws Exception {
        Fixture f = account(1, ProfileType.PREMIER);
        activate(f.accountId(), 3);
        List<String> identities = licenses(f.accountId()).getLicense().stream().map(ClientLicense::getDeviceIdentity)
                .sorted().toList();
        assertEquals(3, identities.size());
        try (Connection db = database()) {
            db.setAutoCommit(false);
            try (PreparedStatement lock = db.prepareStatement(
                    "select id from client_license where account_id = ? and device_identity = ? for update")) {
                lock.setLong(1, f.accountId());
                lock.setString(2, identities.get(0));
                lock.executeQuery().close();
            }
            try {
                ShareLicense named = shareTo(f.users().get(0));
                named.setDeviceIdentity(identities.get(0));
                OneNumberFaultDetail busy = fault(() -> mobility.port().shareLicense(named));
                assertEquals("IN_USE", busy.getCode(), "a named license another transaction holds is not waited for");
                assertEquals("deviceIdentity", busy.getField());
                assertEquals(identities.get(1), mobility.port().shareLicense(shareTo(f.users().get(0))).getLicense().getDeviceIdentity(),
                        "the first available one no other transaction holds");
                OneNumberFaultDetail refused = fault(() -> setQuantity(f.accountId(), 1));
                assertEquals("QUANTITY_BELOW_SHARED", refused.getCode());
                assertEquals("quantity", refused.getField());
                assertEquals(3, licenses(f.accountId()).getPool().getPurchased(), "the refused reduction changed nothing");
                assertEquals(3, licenses(f.accountId()).getLicense().size());
                assertEquals(2, setQuantity(f.accountId(), 2).getPurchased(), "the newest available one, not held, goes");
            } finally {
                db.rollback();
            }
        }
        ListLicensesResponse after = licenses(f.accountId());
        assertEquals(List.of(identities.get(0), identities.get(1)),
                after.getLicense().stream().map(ClientLicense::getDeviceIdentity).sorted().toList());
        assertEquals(2, after.getPool().getPurchased());
        assertEquals(1, after.getPool().getShared());
    }

    /** ShareLicense of the first available license to the user. */
    private static ShareLicense shareTo(User user) {
        ShareLicense share = new ShareLicense();
        share.setUserId(user.getUserId());
        return share;
    }

    private Connection database() throws SQLException {
        PayaraMicro.Database db = PayaraMicro.Database.fromSystemProperties(server.dataDir());
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private ListMobilityRoutersResponse routers(PageRequest page, Boolean includeTotal) throws Exception {
        ListMobilityRouters list = new ListMobilityRouters();
        list.setPage(page);
        list.setIncludeTotal(includeTotal);
        return mobility.port().listMobilityRouters(list);
    }

    private static List<String> routerNames(ListMobilityRoutersResponse answer) {
        return answer.getRouter().stream().map(MobilityRouter::getName).toList();
    }

    /**
     * More routers than a default page: a client that never sends page still gets every one in one answer; an empty
     * page is the first 50 with a cursor; pages of 7 join to the whole list by name, each router once; the total is
     * the whole list's. Another list's cursor and a page size outside 1 to 200 are refused with the typed fault.
     */
    @Test
    void routersPageOnlyWhenAskedSoAClientThatNeverPagedStillGetsEveryOne() throws Exception {
        String tag = "SMR-P" + unique();
        List<String> made = new ArrayList<>();
        try {
            for (int i = 50; i >= 0; i--) {
                MobilityRouter router = new MobilityRouter();
                router.setName(tag + "-" + String.format("%02d", i));
                router.setClientStartAddress("smr.example.com");
                router.setRemoteServerAddress("10.0.0.1");
                AddMobilityRouter add = new AddMobilityRouter();
                add.setRouter(router);
                made.add(mobility.port().addMobilityRouter(add).getRouter().getName());
            }
            ListMobilityRoutersResponse whole = routers(null, null);
            List<String> every = routerNames(whole);
            assertTrue(every.size() > 50 && every.containsAll(made), "every router in one answer: " + every.size());
            assertNull(whole.getNextCursor());
            assertEquals(made.stream().sorted().toList(), every.stream().filter(made::contains).toList(),
                    "by name (made from the last name back)");

            ListMobilityRoutersResponse first = routers(new PageRequest(), true);
            assertEquals(every.subList(0, 50), routerNames(first), "an empty page: the first 50");
            assertNotNull(first.getNextCursor());
            assertEquals((long) every.size(), first.getTotal());
            assertNull(routers(new PageRequest(), null).getTotal(), "no total unless asked");
            assertEquals(every, ListPages.walk(7, page -> {
                ListMobilityRoutersResponse answer = routers(page, null);
                return new ListPages.Answer<>(routerNames(answer), answer.getNextCursor());
            }));

            TestAccounts.Made account = TestAccounts.create(acme.port(), "Routers " + unique(), 0);
            AddSite second = new AddSite();
            second.setAccountId(account.accountId());
            second.setName("Branch");
            second.setCountry("US");
            acme.port().addSite(second);
            ListSites sites = new ListSites();
            sites.setAccountId(account.accountId());
            sites.setPage(ListPages.page(1, null));
            String sitesCursor = acme.port().listSites(sites).getNextCursor();
            assertNotNull(sitesCursor);
            OneNumberFaultDetail foreign = fault(() -> routers(ListPages.page(7, sitesCursor), null));
            assertEquals("INVALID_FIELD", foreign.getCode());
            assertEquals("cursor", foreign.getField());
            // a cursor built by hand for this list without the name every cursor of it carries
            String keyless = new org.onenumber.platform.control.KeysetCursor(null, 5)
                    .encode(org.onenumber.platform.control.KeysetCursor.fingerprint("ListMobilityRouters"));
            OneNumberFaultDetail handMade = fault(() -> routers(ListPages.page(7, keyless), null));
            assertEquals("INVALID_FIELD", handMade.getCode(), handMade.getSummary());
            assertEquals("cursor", handMade.getField());
            for (int size : new int[] {0, 201}) {
                OneNumberFaultDetail refused = fault(() -> routers(ListPages.page(size, null), null));
                assertEquals("INVALID_FIELD", refused.getCode());
                assertEquals("pageSize", refused.getField());
            }
            assertEquals(every, routerNames(routers(null, null)), "the routers as they were");
        } finally {
            for (String name : made) {
                DeleteMobilityRouter delete = new DeleteMobilityRouter();
                delete.setName(name);
                mobility.port().deleteMobilityRouter(delete);
            }
        }
    }
}
