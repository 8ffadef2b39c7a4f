package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onenumber.client.AddUser;
import org.onenumber.client.DeskPhone;
import org.onenumber.client.GetSyncStatus;
import org.onenumber.client.GetSyncStatusResponse;
import org.onenumber.client.ListSites;
import org.onenumber.client.ProfileType;
import org.onenumber.client.SyncState;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.ReadinessWatch;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;

/**
 * Nothing queued for the switch is lost when the application stops: commands left pending at shutdown
 * reach the switch after the next start. It starts its own servers instead of using the shared one,
 * because it stops and starts the same application (same H2 database, configured like the shared server,
 * on free ports of its own) itself; the second start brings a new, empty embedded switch, which then must
 * receive every subscriber at the version the database wants: those pending at the stop, and those the
 * first start's switch held (the database records them applied, but that switch is gone).
 *
 * <p>Its first start, a boot of its own anyway, is also watched as a load balancer would watch it: readiness
 * asked every 50 ms from process start is never UP before the application's own checks are there and UP,
 * liveness answers on its own while readiness still says no, and the start-up banner comes only once
 * readiness is UP.
 */
class OutboxRestartIT {

    private static final int USERS = 5;

    @Test
    void commandsPendingAtShutdownReachTheSwitchAfterTheRestart() throws Exception {
        Path dir = SharedServer.dataDir().resolve("restart");
        PayaraMicro.Settings settings = SharedServer.settings(PayaraMicro.Database.h2(dir), dir);

        List<Long> users = new ArrayList<>();
        long applied;
        try (PayaraMicro first = startWatched(settings.withConsoleOutput(false))) {
            ProvisioningClient acme = ProvisioningClient.acme(first.url());
            applied = addUser(acme);
            GetSyncStatusResponse held = awaitInSync(acme, applied, Duration.ofSeconds(60));
            assertEquals(held.getDesiredVersion(), SwitchConsole.appliedVersion(first.switchPort(), held.getSubscriber()),
                    "the first switch holds " + held.getSubscriber());
            SwitchConsole.admin(first.adminPort(), "refuse on");
            SwitchConsole.admin(first.adminPort(), "drop-connections");
            for (int i = 0; i < USERS; i++) {
                users.add(addUser(acme));
            }
            for (long user : users) {
                assertEquals(SyncState.PENDING, status(acme, user).getState(), "queued while the switch refuses");
            }
        }

        try (PayaraMicro second = PayaraMicro.startReady(settings.keepingData(), "second start", 300)) {
            ProvisioningClient acme = ProvisioningClient.acme(second.url());
            users.add(0, applied);
            for (long user : users) {
                GetSyncStatusResponse status = awaitInSync(acme, user, Duration.ofSeconds(60));
                assertEquals(0, status.getPendingCommands());
                assertEquals(status.getDesiredVersion(), SwitchConsole.appliedVersion(second.switchPort(), status.getSubscriber()),
                        "the switch holds what the database wants for " + status.getSubscriber());
            }
        }
    }

    private static final String BANNER = "=== OneNumber is ready ===";

    /**
     * Started, with its readiness asked from the first second and checked; a boot whose listener never serves
     * ({@link PayaraMicro.DeafListener}, Payara's "GrizzlyProxy is NULL") is started once more, as
     * {@link PayaraMicro#startReady} does.
     */
    private static PayaraMicro startWatched(PayaraMicro.Settings settings) throws Exception {
        for (int attempt = 1; ; attempt++) {
            PayaraMicro server = PayaraMicro.start(settings);
            try (ReadinessWatch watch = ReadinessWatch.of(server)) {
                server.awaitReady("first start", 300);
                // the banner is written by a task that sees the same checks UP a moment later
                awaitBanner(watch, Duration.ofSeconds(30));
                // its own last question may have come a moment before UP: it asks once more before it stops
                watch.awaitUp(Duration.ofSeconds(10));
                watch.close();
                assertReadinessTruthfulFromTheFirstSecond(watch);
                return server;
            } catch (PayaraMicro.DeafListener deaf) {
                server.close();
                if (attempt == 2) {
                    throw deaf;
                }
            } catch (Exception | Error e) {
                server.close();
                throw e;
            }
        }
    }

    private static void assertReadinessTruthfulFromTheFirstSecond(ReadinessWatch watch) throws Exception {
        List<ReadinessWatch.Sample> ready = watch.samples("/health/ready");
        int firstUp = 0;
        while (firstUp < ready.size() && !ready.get(firstUp).up()) {
            firstUp++;
        }
        assertTrue(firstUp < ready.size(), "readiness never answered UP: " + ready.get(ready.size() - 1));
        assertTrue(firstUp >= 20, "readiness was asked from the first second, not only once up (" + firstUp + " answers before UP)");
        for (ReadinessWatch.Sample sample : ready) {
            if (sample.up()) {
                assertTrue(sample.hasUpCheck("onenumber") && sample.hasUpCheck("switch"),
                        "UP only with the application's own checks UP, at " + sample.atMillis() + " ms: " + sample.body());
            }
        }
        // liveness is its own question: it said UP while the application was still starting
        List<ReadinessWatch.Sample> live = watch.samples("/health/live");
        long readyAt = ready.get(firstUp).atMillis();
        assertTrue(live.stream().anyMatch(sample -> sample.up() && sample.atMillis() < readyAt),
                "liveness UP while readiness was still DOWN");
        assertTrue(live.stream().noneMatch(sample -> sample.hasCheck("onenumber") || sample.hasCheck("switch")),
                "no readiness check in liveness");
        // the banner was not in the log yet at any question that readiness answered with no
        long banner = logText(watch).indexOf(BANNER);
        for (ReadinessWatch.Sample sample : ready) {
            if (!sample.up()) {
                assertFalse(banner >= 0 && banner < sample.logBytesBefore(),
                        "banner written before readiness was UP (answer at " + sample.atMillis() + " ms: " + sample.body() + ")");
            }
        }
    }

    private static void awaitBanner(ReadinessWatch watch, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!logText(watch).contains(BANNER)) {
            assertTrue(System.nanoTime() < deadline, "no start-up banner within " + limit + " of readiness UP");
            Thread.sleep(100);
        }
    }

    /** One character per byte, so that an index is a byte offset (Sample.logBytesBefore). */
    private static String logText(ReadinessWatch watch) throws Exception {
        return new String(Files.readAllBytes(watch.log()), StandardCharsets.ISO_8859_1);
    }

    private static long addUser(ProvisioningClient acme) throws Exception {
        long accountId = acme.accountNamed("Globex Corporation");
        ListSites sites = new ListSites();
        sites.setAccountId(accountId);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        AddUser add = new AddUser();
        add.setAccountId(accountId);
        add.setSiteId(acme.port().listSites(sites).getSite().get(0).getSiteId());
        add.setFirstName("Restart");
        add.setLastName("Tester " + suffix);
        add.setEmail("restart." + suffix.toLowerCase() + "@globex.example");
        add.setExtension("6" + (100000 + (int) (Math.random() * 899999)));
        add.setProfileType(ProfileType.ESSENTIALS);
        DeskPhone phone = new DeskPhone();
        phone.setModel("IP230");
        phone.setMacAddress("00:10:49:" + suffix.substring(0, 2) + ":" + suffix.substring(2, 4) + ":" + suffix.substring(4, 6));
        add.setDeskPhone(phone);
        return acme.port().addUser(add).getUser().getUserId();
    }

    private static GetSyncStatusResponse status(ProvisioningClient acme, long userId) throws Exception {
        GetSyncStatus request = new GetSyncStatus();
        request.setUserId(userId);
        return acme.port().getSyncStatus(request);
    }

    private static GetSyncStatusResponse awaitInSync(ProvisioningClient acme, long userId, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        GetSyncStatusResponse status = status(acme, userId);
        while (status.getState() != SyncState.IN_SYNC && System.nanoTime() < deadline) {
            Thread.sleep(250);
            status = status(acme, userId);
        }
        assertTrue(status.getState() == SyncState.IN_SYNC, "user " + userId + " is " + status.getState() + ": " + status.getLastError());
        return status;
    }
}
