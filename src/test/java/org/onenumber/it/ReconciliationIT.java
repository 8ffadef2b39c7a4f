package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.*;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
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
    private static final Pattern CLIENT = Pattern.compile("MOBILE_CLIENT:(\\w+)");

    @RegisterExtension
    final Browser browser = new Browser();

    private final PayaraMicro server;
    private final URL base;
    private ProvisioningClient acme;
    private MobilityClient mobility;

    ReconciliationIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
    }

    @BeforeEach
    void clients() {
        acme = ProvisioningClient.acme(base);
        mobility = MobilityClient.acme(base);
    }

    private record Fixture(long accountId, List<String> subscribers) {

        String account() {
            return "account-" + accountId;
        }
    }

    @Test
    void aReportFindsExactlyTheDriftMadeOnTheSwitchRepairConvergesItAndEveryRepairIsAudited() throws Exception {
        Fixture a = mobilityAccount(2);
        Fixture b = mobilityAccount(3);
        Fixture c = mobilityAccount(2);

        // account A: a client nobody sold, and a Mobility setting changed at the switch
        String orphan = "FEBC9" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        admin("drift-client " + a.subscribers().get(0) + " " + orphan);
        admin("drift-setting " + a.account() + " group Tampered");
        // account B: the first user's client moved to the second user's station; the third held at version 1
        String moved = client(b.subscribers().get(0));
        admin("drift-client " + b.subscribers().get(1) + " " + moved);
        admin("drift-version " + b.subscribers().get(2) + " 1");
        // account C: the switch lost the first user's subscriber (and with it the client shared to it)
        String lost = client(c.subscribers().get(0));
        admin("drift-drop " + c.subscribers().get(0));

        browser.signIn(base, "support", "Support-2026");
        browser.open(base, PAGE);
        browser.waitForPage(base, PAGE);

        long reportA = run(a, "REPORT");
        assertEquals(Set.of("ORPHAN MOBILE_CLIENT MOBILE_CLIENT:" + orphan + " " + a.subscribers().get(0),
                "SETTINGS ACCOUNT_MOBILITY " + a.account()), drift(reportA));
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
        awaitSwitch(a.subscribers().get(0), s -> !s.contains(orphan));
        awaitAccount(a.account(), s -> s.contains("group=Group " + a.accountId()));
        awaitSwitch(b.subscribers().get(0), s -> s.contains("MOBILE_CLIENT:" + moved));
        awaitSwitch(b.subscribers().get(1), s -> !s.contains("MOBILE_CLIENT:" + moved));
        awaitSwitch(b.subscribers().get(2), s -> !s.contains("version=1 "));
        awaitSwitch(c.subscribers().get(0), s -> s.contains("MOBILE_CLIENT:" + lost));

        for (Fixture f : List.of(a, b, c)) {
            assertEquals(Set.of(), drift(run(f, "REPORT")), "a second report of account " + f.accountId());
        }

        // every repair is audited as the system caller's, through the batch channel
        browser.open(base, "admin/audit.xhtml");
        browser.waitForPage(base, "/admin/audit.xhtml");
        browser.find(By.cssSelector("[id='audit:wholeCarrier'] .ui-chkbox-box")).click();
        waitUntil(browser::ajaxIdle, "the whole carrier's trail");
        List<String> trail = browser.findAll(By.xpath("//tbody[@id='audit:table_data']/tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList().toString())
                .toList();
        for (long repairRun : repairs) {
            long audited = trail.stream().filter(line -> line.contains("license-reconciliation, BATCH, REPAIR Reconciliation "
                    + repairRun + ",")).count();
            assertEquals(2, audited, "repairs of run " + repairRun + " in the trail:\n" + String.join("\n", trail));
        }
    }

    @Test
    void aRunTheSwitchFailedIsRestartedFromThePageAndCompletesFromWhereItStopped() throws Exception {
        Fixture d = mobilityAccount(1);
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
                    && browser.find(By.id("runStatus")).getText().trim().equals("FAILED"), "the run to fail");
        } finally {
            admin("clear");
        }
        long failed = Long.parseLong(browser.find(By.id("runId")).getText().trim());
        assertTrue(browser.find(By.id("run:error")).getText().contains("restart"), browser.find(By.id("run:error")).getText());

        WebElement restart = browser.find(By.id("run:restart"));
        restart.click();
        browser.awaitGone(restart);
        waitUntil(browser::ajaxIdle, "the restart");
        awaitCompleted();
        assertEquals(String.valueOf(failed), browser.find(By.id("runId")).getText().trim(), "the same run goes on");
        assertEquals(Set.of("ORPHAN MOBILE_CLIENT MOBILE_CLIENT:" + orphan + " " + d.subscribers().get(0)), drift(failed));
    }

    /** Starts a run over one account from the page and waits until it completed; returns its id. */
    private long run(Fixture f, String mode) {
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
        waitUntil(() -> browser.find(By.id("runStatus")).getText().trim().equals("COMPLETED")
                || browser.find(By.id("runStatus")).getText().trim().equals("FAILED"), "the run to end");
        assertEquals("COMPLETED", browser.find(By.id("runStatus")).getText().trim(),
                "run ended: " + browser.find(By.id("run:current")).getText());
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
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        base + "admin/support/reconciliation.csv?run=" + runId))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
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

    /** A new account with Mobility active and {@code users} mobility users, each with a client on the switch. */
    private Fixture mobilityAccount(int users) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AddAccount addAccount = new AddAccount();
        addAccount.setName("Reconcile " + tag);
        long accountId = acme.port().addAccount(addAccount).getAccount().getAccountId();
        AddSite addSite = new AddSite();
        addSite.setAccountId(accountId);
        addSite.setName("HQ");
        addSite.setCountry("US");
        long siteId = acme.port().addSite(addSite).getSite().getSiteId();
        AddPhoneNumbers numbers = new AddPhoneNumbers();
        numbers.setAccountId(accountId);
        int prefix = 200 + ThreadLocalRandom.current().nextInt(700);
        int exchange = 200 + ThreadLocalRandom.current().nextInt(700);
        for (int i = 0; i < users; i++) {
            numbers.getNumber().add(String.format("+1%03d%03d%04d", prefix, exchange, i));
        }
        List<String> free = acme.port().addPhoneNumbers(numbers).getPhoneNumber().stream().map(PhoneNumber::getNumber).toList();
        ActivateMobility activate = new ActivateMobility();
        activate.setAccountId(accountId);
        activate.setPurchaseConfirmed(true);
        mobility.port().activateMobility(activate);
        CompleteMobilityActivation complete = new CompleteMobilityActivation();
        complete.setAccountId(accountId);
        MobilitySettings settings = new MobilitySettings();
        settings.setMobilityRouter("SMR1");
        settings.setGroupName("Group " + accountId);
        complete.setSettings(settings);
        mobility.port().completeMobilityActivation(complete);
        SetLicenseQuantity quantity = new SetLicenseQuantity();
        quantity.setAccountId(accountId);
        quantity.setQuantity(users);
        mobility.port().setLicenseQuantity(quantity);
        List<String> subscribers = new ArrayList<>();
        List<Long> userIds = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            AddUser add = new AddUser();
            add.setAccountId(accountId);
            add.setSiteId(siteId);
            add.setFirstName("Dana");
            add.setLastName("Scully " + i);
            add.setEmail("dana" + i + "." + tag + "@example.com");
            add.setExtension(String.valueOf(2001 + i));
            add.setBusinessNumber(free.get(i));
            add.setProfileType(ProfileType.ESSENTIALS);
            long userId = acme.port().addUser(add).getUser().getUserId();
            userIds.add(userId);
            EnableMobilityUser enable = new EnableMobilityUser();
            enable.setUserId(userId);
            enable.setMobilityExtension(String.valueOf(7001 + i));
            mobility.port().enableMobilityUser(enable);
            GetSyncStatus status = new GetSyncStatus();
            status.setUserId(userId);
            subscribers.add(acme.port().getSyncStatus(status).getSubscriber());
        }
        for (String subscriber : subscribers) {
            awaitSwitch(subscriber, s -> s.contains("MOBILE_CLIENT:"));
        }
        Fixture fixture = new Fixture(accountId, subscribers);
        awaitAccount(fixture.account(), s -> s.contains("group=Group " + accountId));
        awaitSettled(userIds);
        return fixture;
    }

    /** Until nothing of the users waits in the outbox: the drift made next is then the only difference. */
    private void awaitSettled(List<Long> userIds) {
        for (long userId : userIds) {
            waitUntil(() -> {
                try {
                    GetSyncStatus request = new GetSyncStatus();
                    request.setUserId(userId);
                    GetSyncStatusResponse status = acme.port().getSyncStatus(request);
                    return status.getPendingCommands() == 0 && status.getAppliedVersion() == status.getDesiredVersion();
                } catch (OneNumberFault e) {
                    throw new IllegalStateException(e);
                }
            }, "user " + userId + " settled on the switch");
        }
    }

    private String client(String subscriber) throws Exception {
        Matcher m = CLIENT.matcher(admin("subscriber " + subscriber));
        assertTrue(m.find(), subscriber + " holds a client");
        return m.group(1);
    }

    private String admin(String command) throws Exception {
        return SwitchConsole.admin(server.adminPort(), command);
    }

    private void awaitSwitch(String subscriber, java.util.function.Predicate<String> holds) throws Exception {
        awaitAdmin("subscriber " + subscriber, holds);
    }

    private void awaitAccount(String account, java.util.function.Predicate<String> holds) throws Exception {
        awaitAdmin("account " + account, holds);
    }

    private void awaitAdmin(String command, java.util.function.Predicate<String> holds) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String state = admin(command);
        while (!holds.test(state) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            state = admin(command);
        }
        assertTrue(holds.test(state), command + ": " + state);
    }

    private void waitUntil(BooleanSupplier condition, String what) {
        browser.waiting().withTimeout(WAIT).withMessage(() -> "waiting for " + what).until(d -> condition.getAsBoolean());
    }
}
