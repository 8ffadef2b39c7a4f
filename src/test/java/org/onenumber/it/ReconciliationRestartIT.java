package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.switchsim.AdminConsole;
import org.onenumber.switchsim.SwitchEmulator;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.Polling;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A reconciliation run survives its server being killed. The switch emulator runs in this JVM, outside the server, so
 * that it lives through the kill as a real switch would; the server (H2 in its own data directory, like the outbox's
 * restart test) reads the inventory three items at a time and checkpoints every three items, and the emulator answers
 * each request after a delay, so that a run over one account lasts long enough to watch and to kill in the middle.
 *
 * Support starts a report from the page and watches the progress bar move; opens the account's drift and presses
 * Repair. The repair run is killed with SIGKILL in the middle of its comparison, some chunks committed; a new server on
 * the same database resumes it from its last checkpoint by itself (the lease of the dead instance lapses), and it
 * completes with the same drift as the uninterrupted report, the same number of items compared, and every drift
 * repaired and audited exactly once. A report run afterwards finds nothing.
 */
class ReconciliationRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final String PAGE = "/admin/support/reconciliation.xhtml";
    private static final int USERS = 10;

    @RegisterExtension
    final Browser browser = new Browser();

    private PayaraMicro.Database db;

    @Test
    void aRepairRunKilledWithSigkillResumesFromItsCheckpointAndEndsAsAnUninterruptedRunWould() throws Exception {
        Path dir = SharedServer.dataDir().resolve("reconcile-restart");
        db = PayaraMicro.Database.h2Shared(dir, 10_000);
        try (SwitchEmulator emulator = SwitchEmulator.start(SwitchEmulator.Settings.defaults()
                .withCredentials(SwitchConsole.USER, SwitchConsole.PASSWORD))) {
            AdminConsole console = new AdminConsole(emulator);
            PayaraMicro.Settings settings = SharedServer.settings(db, dir)
                    .with("onenumber.switch.embedded", "false")
                    .with("onenumber.switch.port", String.valueOf(emulator.port()))
                    .with("onenumber.reconcile.chunk-items", "3")
                    .with("onenumber.reconcile.switch-page-size", "3")
                    .with("onenumber.reconcile.lease-seconds", "10")
                    .with("onenumber.reconcile.nightly-at", "off");

            MobilityAccounts.Account account;
            Set<String> injected;
            long report;
            long repair;
            long killedExecution;
            try (PayaraMicro first = PayaraMicro.startReady(settings, "first start", 600)) {
                URL base = first.url();
                MobilityAccounts accounts = new MobilityAccounts(ProvisioningClient.acme(base), MobilityClient.acme(base),
                        console::execute);
                account = accounts.create(USERS);
                injected = drift(console, accounts, account);

                // every request to the switch now waits: a run over the account takes many seconds, chunk after chunk,
                // however fast the machine, so the page's one-second poll sees the bar move
                console.execute("latency 500");
                browser.signIn(base, "support", "Support-2026");
                browser.open(base, PAGE);
                browser.waitForPage(base, PAGE);
                new Select(browser.find(By.id("start:scope"))).selectByValue("ACCOUNT");
                browser.type(By.id("start:accountId"), String.valueOf(account.accountId()));
                new Select(browser.find(By.id("start:mode"))).selectByValue("REPORT");
                browser.find(By.id("start:go")).click();
                waitUntil(() -> !browser.findAll(By.id("runId")).isEmpty(), "the run to show");
                report = Long.parseLong(browser.find(By.id("runId")).getText().trim());
                List<Integer> seen = watchProgress();
                assertTrue(seen.stream().filter(p -> p > 0 && p < 100).distinct().count() >= 2,
                        "the progress bar moved through several values below 100%: " + seen);
                assertEquals(100, seen.get(seen.size() - 1), "the bar ends full: " + seen);
                for (int i = 1; i < seen.size(); i++) {
                    assertTrue(seen.get(i) >= seen.get(i - 1), "the bar never goes back: " + seen);
                }
                assertEquals(injected, driftOf(report), "the report finds exactly the drift made");

                // the account's drift, then Repair
                browser.find(By.cssSelector("#run\\:byAccount .open-account")).click();
                waitUntil(() -> browser.find(By.id("run:driftOf")).getText().contains(String.valueOf(account.accountId())),
                        "the account's drift");
                List<String> kinds = browser.findAll(By.cssSelector("#run\\:drift .drift-kind")).stream()
                        .map(e -> e.getAttribute("data-kind")).sorted().toList();
                assertEquals(injected.stream().map(d -> d.split(" ")[0]).sorted().toList(), kinds);
                browser.find(By.id("run:repair")).click();
                browser.find(By.id("confirmation:yes")).click();
                waitUntil(() -> !browser.find(By.id("runId")).getText().trim().equals(String.valueOf(report)), "the repair run");
                repair = Long.parseLong(browser.find(By.id("runId")).getText().trim());
                // slower still, so that this test's polls of the run (a connection each) see the first chunks long
                // before the middle, however busy the machine
                console.execute("latency 2000");

                // killed in the middle of its comparison, some chunks committed
                Run before = awaitRun(repair, r -> r.itemsDone() >= 3, "the first chunks");
                assertTrue(before.itemsDone() < before.itemsTotal() - 6, "killed in the middle: " + before);
                assertEquals(0, before.repairs(), "a repair run repairs once it compared everything: " + before);
                first.kill();
                console.execute("latency 500");
                killedExecution = before.executionId();
            }
            // read with no server up: the test opens the database itself, then lets go of it
            Run killed = run(repair);
            assertEquals("RUNNING", killed.status(), "the dead instance left the run running: " + killed);

            try (PayaraMicro second = PayaraMicro.startReady(settings.keepingData(), "second start", 600)) {
                Run resumed = awaitRun(repair, r -> r.status().equals("COMPLETED"), "the run resumed and completed");
                assertNotEquals(killedExecution, resumed.executionId(), "a new job execution went on with the run");
                Run uninterrupted = run(report);
                assertEquals(uninterrupted.itemsDone(), resumed.itemsDone(),
                        "every item compared once, none skipped (as many as the uninterrupted report)");
                assertEquals(injected, driftOf(repair), "the same drift as the uninterrupted report");
                assertEquals(injected.size(), resumed.repairs(), "each drift repaired once");
                assertEquals(injected.size(), count("select count(*) from reconciliation_drift where run_id = ? and repaired",
                        repair));
                assertEquals(injected.size(), count("select count(*) from audit_entry where action = 'REPAIR'"
                        + " and entity_type = 'Reconciliation' and entity_id = ? and channel = 'BATCH'", repair),
                        "each repair audited once, as the batch channel's");

                // the switch converges on the database, and a new report finds nothing
                console.execute("clear");
                URL base = second.url();
                MobilityAccounts accounts = new MobilityAccounts(ProvisioningClient.acme(base), MobilityClient.acme(base),
                        console::execute);
                accounts.awaitSettled(account.userIds());
                accounts.awaitAccount(account.key(), s -> s.contains("group=Group " + account.accountId()));
                browser.signIn(base, "support", "Support-2026");
                browser.open(base, PAGE);
                browser.waitForPage(base, PAGE);
                new Select(browser.find(By.id("start:scope"))).selectByValue("ACCOUNT");
                browser.type(By.id("start:accountId"), String.valueOf(account.accountId()));
                new Select(browser.find(By.id("start:mode"))).selectByValue("REPORT");
                browser.find(By.id("start:go")).click();
                waitUntil(() -> !browser.findAll(By.id("runId")).isEmpty()
                        && !browser.find(By.id("runId")).getText().trim().equals(String.valueOf(repair)), "the new report");
                long after = Long.parseLong(browser.find(By.id("runId")).getText().trim());
                awaitRun(after, r -> r.status().equals("COMPLETED"), "the report after the repair");
                assertEquals(Set.of(), driftOf(after), "nothing drifts after the repair");
            }
        }
    }

    /**
     * Drift of every kind on the account, behind the application's back: an orphan client, a lost subscriber (with
     * its client), a client moved to another station, a subscriber held at version 1, changed Mobility settings.
     * Returns what a report must find: "KIND ITEM KEY".
     */
    private static Set<String> drift(AdminConsole console, MobilityAccounts accounts, MobilityAccounts.Account a)
            throws Exception {
        List<String> s = a.subscribers();
        String orphan = "FEBC7" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String lost = accounts.client(s.get(1));
        String moved = accounts.client(s.get(2));
        answer(console, "drift-client " + s.get(0) + " " + orphan);
        answer(console, "drift-drop " + s.get(1));
        answer(console, "drift-client " + s.get(3) + " " + moved);
        answer(console, "drift-version " + s.get(4) + " 1");
        answer(console, "drift-setting " + a.key() + " group Tampered");
        return new TreeSet<>(Set.of("ORPHAN MOBILE_CLIENT MOBILE_CLIENT:" + orphan,
                "MISSING SUBSCRIBER " + s.get(1),
                "MISSING MOBILE_CLIENT MOBILE_CLIENT:" + lost,
                "WRONG_STATION MOBILE_CLIENT MOBILE_CLIENT:" + moved,
                "STUCK SUBSCRIBER " + s.get(4),
                "SETTINGS ACCOUNT_MOBILITY " + a.key()));
    }

    private static void answer(AdminConsole console, String command) {
        String answer = console.execute(command);
        assertTrue(answer.startsWith("OK"), command + ": " + answer);
    }

    /** The bar's values from the start until the run completed, one per page refresh seen. */
    private List<Integer> watchProgress() throws InterruptedException {
        List<Integer> seen = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String status = browser.find(By.id("runStatus")).getText().trim();
                int value = Integer.parseInt(browser.find(By.id("runProgress")).getAttribute("aria-valuenow"));
                if (seen.isEmpty() || seen.get(seen.size() - 1) != value) {
                    seen.add(value);
                }
                if (status.equals("Completed") || status.equals("Failed")) {
                    assertEquals("Completed", status, "the report ended: " + browser.find(By.id("run:current")).getText());
                    return seen;
                }
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // the poll replaced the panel between two reads
            }
            Thread.sleep(150);
        }
        throw new AssertionError("the report did not complete within " + WAIT + "; the bar showed " + seen);
    }

    // --- the runs, read from the database as an operator would ---------------------------------------------------

    private record Run(String status, long itemsDone, long itemsTotal, int repairs, long executionId) {
    }

    private Run run(long id) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select status, items_done, items_total, repairs, execution_id from reconciliation_run where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "run " + id);
                return new Run(r.getString(1), r.getLong(2), r.getLong(3), r.getInt(4), r.getLong(5));
            }
        }
    }

    private Run awaitRun(long id, java.util.function.Predicate<Run> holds, String what) throws Exception {
        return Polling.until(WAIT, Duration.ofMillis(50), () -> run(id), holds, r -> r.status().equals("FAILED"), what);
    }

    /** A run's drift from its rows: "KIND ITEM KEY", each row once (a row found twice would show in the count). */
    private Set<String> driftOf(long runId) throws SQLException {
        Set<String> found = new TreeSet<>();
        int rows = 0;
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select kind, item, item_key from reconciliation_drift where run_id = ?")) {
            s.setLong(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows++;
                    found.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                }
            }
        }
        assertEquals(found.size(), rows, "no drift recorded twice in run " + runId);
        return found;
    }

    private long count(String sql, long id) throws SQLException {
        return db.number(sql, id);
    }

    private Connection connect() throws SQLException {
        return db.connect();
    }

    private void waitUntil(BooleanSupplier condition, String what) {
        browser.waiting().withTimeout(WAIT).withMessage(() -> "waiting for " + what).until(d -> condition.getAsBoolean());
    }
}
