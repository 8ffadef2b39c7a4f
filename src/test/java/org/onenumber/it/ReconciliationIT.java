package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.*;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.onenumber.testsupport.Http;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;

/**
 * License reconciliation as support drives it on its page: drift made on the switch emulator behind OneNumber's back
 * (an orphan client, changed Mobility settings, a client moved to another station, a subscriber held at an old
 * version, a dropped subscriber) in three new accounts; a report run per account finds exactly that drift, the
 * page's Repair converges the switch on the database, a second report finds nothing, and each repair is in the
 * audit trail as the system caller's, channel BATCH.
 */
@ExtendWith(SharedServer.class)
class ReconciliationIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PAGE = "/admin/support/reconciliation.xhtml";

    @RegisterExtension
    final Browser browser = new Browser();

    private final PayaraMicro server;
    private final URL base;
    private MobilityAccounts accounts;

    ReconciliationIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
    }

    @BeforeEach
    void clients() {
        accounts = MobilityAccounts.on(server);
    }

    @Test
    void aReportFindsExactlyTheDriftMadeOnTheSwitchRepairConvergesItAndEveryRepairIsAudited() throws Exception {
        MobilityAccounts.Account a = accounts.create(2);
        MobilityAccounts.Account b = accounts.create(3);
        MobilityAccounts.Account c = accounts.create(2);

        // account A: a client nobody sold, and a Mobility setting changed at the switch
        String orphan = "FEBC9" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        admin("drift-client " + a.subscribers().get(0) + " " + orphan);
        admin("drift-setting " + a.key() + " group Tampered");
        // account B: the first user's client moved to the second user's station; the third held at version 1
        String moved = accounts.client(b.subscribers().get(0));
        admin("drift-client " + b.subscribers().get(1) + " " + moved);
        admin("drift-version " + b.subscribers().get(2) + " 1");
        // account C: the switch lost the first user's subscriber (and with it the client shared to it)
        String lost = accounts.client(c.subscribers().get(0));
        admin("drift-drop " + c.subscribers().get(0));

        browser.signIn(base, "support", "Support-2026");
        browser.open(base, PAGE);
        browser.waitForPage(base, PAGE);

        long reportA = run(a, "REPORT");
        assertEquals(Set.of("ORPHAN MOBILE_CLIENT MOBILE_CLIENT:" + orphan + " " + a.subscribers().get(0),
                "SETTINGS ACCOUNT_MOBILITY " + a.key()), drift(reportA));
        long reportB = run(b, "REPORT");
        assertEquals(Set.of("WRONG_STATION MOBILE_CLIENT MOBILE_CLIENT:" + moved + " " + b.subscribers().get(1),
                "STUCK SUBSCRIBER " + b.subscribers().get(2)), drift(reportB));
        long reportC = run(c, "REPORT");
        assertEquals(Set.of("MISSING SUBSCRIBER " + c.subscribers().get(0),
                "MISSING MOBILE_CLIENT MOBILE_CLIENT:" + lost), drift(reportC));
        assertEquals("2", browser.find(By.id("runMissing")).getText().trim(), browser.find(By.id("runCounts")).getText());

        // the drill-down: the account's line, then its drift
        browser.find(By.cssSelector("#run\\:byAccount .open-account")).click();
        waitUntil(() -> browser.find(By.id("run:driftOf")).getText().contains(String.valueOf(c.accountId())), "drill-down");

        // Repair from the page, for each report run (select it in the history first)
        List<Long> repairs = new ArrayList<>();
        for (long report : List.of(reportA, reportB, reportC)) {
            select(report);
            WebElement repair = browser.find(By.id("run:repair"));
            repair.click();
            browser.find(By.id("confirmation:yes")).click();
            waitUntil(() -> !browser.find(By.id("runId")).getText().equals(String.valueOf(report)), "the repair run");
            long repairRun = Long.parseLong(browser.find(By.id("runId")).getText().trim());
            awaitCompleted();
            assertEquals(drift(report).size(), Integer.parseInt(browser.find(By.id("runRepairs")).getText().trim()),
                    "every drift of run " + report + " repaired");
            repairs.add(repairRun);
        }

        // the switch converges on the database
        accounts.awaitSwitch(a.subscribers().get(0), s -> !s.contains(orphan));
        accounts.awaitAccount(a.key(), s -> s.contains("group=Group " + a.accountId()));
        accounts.awaitSwitch(b.subscribers().get(0), s -> s.contains("MOBILE_CLIENT:" + moved));
        accounts.awaitSwitch(b.subscribers().get(1), s -> !s.contains("MOBILE_CLIENT:" + moved));
        accounts.awaitSwitch(b.subscribers().get(2), s -> !s.contains("version=1 "));
        accounts.awaitSwitch(c.subscribers().get(0), s -> s.contains("MOBILE_CLIENT:" + lost));

        for (MobilityAccounts.Account f : List.of(a, b, c)) {
            assertEquals(Set.of(), drift(run(f, "REPORT")), "a second report of account " + f.accountId());
        }

        // every repair is audited as the system caller's, through the batch channel
        browser.open(base, "admin/audit.xhtml");
        browser.waitForPage(base, "/admin/audit.xhtml");
        // support without an account opens the whole carrier's trail (unticking it asks for an account)
        assertTrue(browser.driver().findElement(By.id("audit:wholeCarrier_input")).isSelected(),
                "support without an account sees the whole carrier's trail");
        List<String> trail = browser.findAll(By.xpath("//tbody[@id='audit:table_data']/tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList().toString())
                .toList();
        for (long repairRun : repairs) {
            long audited = trail.stream().filter(line -> line.contains("license-reconciliation, Batch, Repaired: Reconciliation "
                    + repairRun + ",")).count();
            assertEquals(2, audited, "repairs of run " + repairRun + " in the trail:\n" + String.join("\n", trail));
        }
    }

    @Test
    void aRunTheSwitchFailedIsRestartedFromThePageAndCompletesFromWhereItStopped() throws Exception {
        MobilityAccounts.Account d = accounts.create(1);
        String orphan = "FEBC8" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        admin("drift-client " + d.subscribers().get(0) + " " + orphan);
        browser.signIn(base, "support", "Support-2026");

        admin("fail-percent 100 switch upgrade");
        try {
            browser.open(base, PAGE);
            browser.waitForPage(base, PAGE);
            new Select(browser.find(By.id("start:scope"))).selectByValue("ACCOUNT");
            browser.type(By.id("start:accountId"), String.valueOf(d.accountId()));
            browser.find(By.id("start:go")).click();
            waitUntil(() -> !browser.findAll(By.id("runStatus")).isEmpty()
                    && browser.find(By.id("runStatus")).getText().trim().equals("Failed"), "the run to fail");
        } finally {
            admin("clear");
        }
        long failed = Long.parseLong(browser.find(By.id("runId")).getText().trim());
        assertTrue(browser.find(By.id("run:error")).getText().contains("restart"), browser.find(By.id("run:error")).getText());

        // the page's last poll may still replace the panel: look the button up again until a click lands
        waitUntil(browser::ajaxIdle, "the page to settle");
        browser.waiting().withTimeout(WAIT).until(driver -> {
            browser.find(By.id("run:restart")).click();
            return true;
        });
        waitUntil(() -> browser.findAll(By.id("run:restart")).isEmpty() && browser.ajaxIdle(), "the restart");
        awaitCompleted();
        assertEquals(String.valueOf(failed), browser.find(By.id("runId")).getText().trim(), "the same run goes on");
        assertEquals(Set.of("ORPHAN MOBILE_CLIENT MOBILE_CLIENT:" + orphan + " " + d.subscribers().get(0)), drift(failed));
    }

    /** Starts a run over one account from the page and waits until it completed; returns its id. */
    private long run(MobilityAccounts.Account f, String mode) {
        browser.open(base, PAGE);
        browser.waitForPage(base, PAGE);
        new Select(browser.find(By.id("start:scope"))).selectByValue("ACCOUNT");
        browser.type(By.id("start:accountId"), String.valueOf(f.accountId()));
        new Select(browser.find(By.id("start:mode"))).selectByValue(mode);
        browser.find(By.id("start:go")).click();
        waitUntil(() -> !browser.findAll(By.id("runId")).isEmpty(), "the run to show");
        long id = Long.parseLong(browser.find(By.id("runId")).getText().trim());
        awaitCompleted();
        return id;
    }

    private void awaitCompleted() {
        // the status as one read saw it: the page's poll replaces the panel at any moment
        String status = browser.waiting().withTimeout(WAIT).withMessage(() -> "waiting for the run to end").until(d -> {
            String s = browser.find(By.id("runStatus")).getText().trim();
            return s.equals("Completed") || s.equals("Failed") ? s : null;
        });
        assertEquals("Completed", status, () -> "run ended: " + browser.find(By.id("run:current")).getText());
    }

    private void select(long runId) {
        browser.open(base, PAGE);
        browser.waitForPage(base, PAGE);
        browser.findAll(By.cssSelector("#history\\:runs .open-run")).stream()
                .filter(link -> link.getText().trim().equals(String.valueOf(runId))).findFirst().orElseThrow().click();
        waitUntil(() -> !browser.findAll(By.id("runId")).isEmpty()
                && browser.find(By.id("runId")).getText().trim().equals(String.valueOf(runId)), "run " + runId);
    }

    /** The run's drift from its CSV (as support downloads it): "KIND ITEM KEY [SWITCH_OWNER]" per line. */
    private Set<String> drift(long runId) throws Exception {
        HttpResponse<String> response = Http.client().send(HttpRequest.newBuilder(URI.create(
                        base + "admin/support/reconciliation.csv?run=" + runId))
                .header("Cookie", browser.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Set<String> found = new TreeSet<>();
        String[] lines = response.body().split("\r\n");
        assertTrue(lines[0].startsWith("run,account,kind,item,key"), lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            String kind = cells[2];
            String owner = kind.equals("ORPHAN") || kind.equals("WRONG_STATION") ? " " + cells[5] : "";
            found.add(kind + " " + cells[3] + " " + cells[4] + owner);
        }
        return found;
    }

    private String admin(String command) throws Exception {
        return SwitchConsole.admin(server.adminPort(), command);
    }

    private void waitUntil(BooleanSupplier condition, String what) {
        browser.waiting().withTimeout(WAIT).withMessage(() -> "waiting for " + what).until(d -> condition.getAsBoolean());
    }
}
