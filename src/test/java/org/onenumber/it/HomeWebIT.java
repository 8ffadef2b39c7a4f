package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.ActivateMobility;
import org.onenumber.client.AddAccount;
import org.onenumber.client.AddSite;
import org.onenumber.client.AddUser;
import org.onenumber.client.EnableMobilityUser;
import org.onenumber.client.GetSyncStatus;
import org.onenumber.client.GetSyncStatusResponse;
import org.onenumber.client.ModifyUser;
import org.onenumber.client.ProfileType;
import org.onenumber.client.SetLicenseQuantity;
import org.onenumber.client.SuspendMobility;
import org.onenumber.client.SyncState;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;
import org.onenumber.testsupport.WebLogins;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The home pages people land on after signing in, in headless Chromium: a customer admin sees their account at a
 * glance (licenses with a chart of the last 90 days, mobility users, switch sync, recent changes), the same figures
 * the Devices and Mobility pages show; support sees its carrier's accounts by add-on state, the commands the switch
 * refused and the activations waiting for it. The header names the person, not their login.
 */
@ExtendWith(SharedServer.class)
class HomeWebIT {

    private static final String HOME = "/admin/home.xhtml";
    private static final String SUPPORT_HOME = "/admin/support/home.xhtml";
    private static final Duration SWITCH_WAIT = Duration.ofSeconds(60);
    private static final List<String> STATES = List.of("NOT_ACTIVATED", "PENDING_ACTIVATION", "ACTIVE", "SUSPENDED");

    private final PayaraMicro server;
    private final URL base;
    private final ProvisioningClient acme;
    private final MobilityClient mobility;

    @RegisterExtension
    final Browser browser = new Browser();

    HomeWebIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
        this.acme = ProvisioningClient.acme(base);
        this.mobility = MobilityClient.acme(base);
    }

    @Test
    void aCustomerAdminLandsOnTheAccountAtAGlanceWithTheFiguresOfItsPages() throws Exception {
        String tag = tag();
        long accountId = account("Home " + tag);
        long siteId = site(accountId);
        long adminUser = user(accountId, siteId, "Hana", "Lindqvist", tag, "3001");
        long first = user(accountId, siteId, "Ivo", "Marsh", tag, "3002");
        long second = user(accountId, siteId, "Jun", "Okoye", tag, "3003");
        // Mobility requested, not yet completed: the users added now wait for their provisioning email
        requestActivation(accountId);
        licenses(accountId, 5);
        enable(first, "7002");
        enable(second, "7003");
        // what the nightly snapshot measured on four of the last 90 days; the days between have none
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        snapshot(accountId, today.minusDays(75), 2, 0);
        snapshot(accountId, today.minusDays(40), 4, 1);
        snapshot(accountId, today.minusDays(39), 4, 2);
        snapshot(accountId, today.minusDays(1), 5, 2);
        String login = "home-dm-" + tag;
        WebLogins.of(server).add(login, accountId, adminUser, "DECISION_MAKER");
        // a change the admin makes (over SOAP, as their login) is the newest of the account's changes
        ModifyUser modify = new ModifyUser();
        modify.setUserId(second);
        modify.setLastName("Okoye-Berg");
        new ProvisioningClient(base, login, WebLogins.PASSWORD).port().modifyUser(modify);

        browser.signIn(base, login, WebLogins.PASSWORD);
        browser.waitForPage(base, HOME);
        assertEquals("Hana Lindqvist", browser.find(By.id("signedInAs")).getText(), "the header names the person");

        String purchased = text("licensesPurchased");
        String shared = text("licensesShared");
        assertEquals("5", purchased);
        assertEquals("2", shared);
        assertEquals("Pending activation", text("mobilityStatus"));
        assertEquals("2", text("mobilityUsers"));
        assertEquals("0", text("mobilityProvisioned"));
        assertEquals("2", text("mobilityWaiting"));
        assertEquals("0", text("syncFailed"));

        // the chart is drawn from the figures: today's point is the pool as it stands
        List<?> points = (List<?>) browser.waiting().withMessage("the license chart drawn").until(d -> js(
                "var w = window.PF && PF('licenseChart'); if (!w || !w.chart) { return null; }"
                        + "var c = document.querySelector(\"[id='licenseChart'] canvas\");"
                        + "if (!c || c.width === 0) { return null; }"
                        + "return w.chart.data.datasets.map(function (s) { return s.data.filter(function (v) { return v !== null; }); });"));
        assertEquals(List.of(List.of(2L, 4L, 4L, 5L, 5L), List.of(0L, 1L, 2L, 2L, 2L)), points.stream()
                        .map(line -> ((List<?>) line).stream().map(v -> ((Number) v).longValue()).toList()).toList(),
                "purchased and shared on the four days measured and today, nothing on the days between");
        assertEquals(90L, ((Number) js("return PF('licenseChart').chart.data.labels.length;")).longValue(), "one label a day");
        assertEquals(List.of(today.minusDays(75) + " 2 0", today.minusDays(40) + " 4 1", today.minusDays(39) + " 4 2",
                        today.minusDays(1) + " 5 2", today + " (now) 5 2"),
                browser.findAll(By.cssSelector("#licenseTable tbody tr")).stream()
                        .map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> td.getAttribute("textContent").trim())
                                .collect(Collectors.joining(" "))).toList(),
                "the same figures as a table");
        assertTrue((Boolean) js("var c = document.querySelector(\"[id='licenseChart'] canvas\");"
                        + "var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "for (var i = 3; i < px.length; i += 4) { if (px[i] !== 0) { return true; } } return false;"),
                "the canvas has something drawn on it");
        assertTrue(browser.find(By.cssSelector("[id='licenseChart'] canvas")).getAttribute("aria-label")
                .contains("now 5 purchased, 2 shared"), "the chart in words for a screen reader");

        List<String> newest = browser.findAll(By.xpath("//table[@id='recentChanges']/tbody/tr[1]/td")).stream()
                .map(td -> td.getText().trim()).toList();
        assertEquals(3, newest.size(), "when, who, what: " + newest);
        assertTrue(newest.get(1).startsWith(login), "who: " + newest);
        assertEquals("User changed", newest.get(2));
        browser.screenshot("home-admin.png");

        browser.find(By.id("toDevices")).click();
        browser.waitForPage(base, "/admin/devices.xhtml");
        assertEquals(purchased, browser.find(By.id("purchased")).getText().trim(), "purchased as Devices shows it");
        assertEquals(shared, browser.find(By.id("shared")).getText().trim(), "shared as Devices shows it");

        browser.open(base, "admin/mobility.xhtml");
        browser.waitForPage(base, "/admin/mobility.xhtml");
        List<?> mobilityPage = (List<?>) browser.waiting().withMessage("the mobility users table").until(d -> js(
                "var heads = Array.from(document.querySelectorAll(\"[id='mobility:table'] thead th\"));"
                        + "var email = heads.findIndex(function (th) { return th.id === 'mobility:table:emailColumn'; });"
                        + "var body = document.getElementById('mobility:table_data'); if (!body || email < 0) { return null; }"
                        + "var rows = Array.from(body.rows).filter(function (r) { return !r.classList.contains('ui-datatable-empty-message'); });"
                        + "return [rows.length, rows.filter(function (r) { return r.cells[email].innerText.trim() === ''; }).length];"));
        assertEquals(List.of(2L, 2L), mobilityPage.stream().map(n -> ((Number) n).longValue()).toList(),
                "the Mobility page lists the same users, none sent the provisioning email");
    }

    @Test
    void supportLandsOnItsCarrierAtAGlance() throws Exception {
        browser.signIn(base, "support", "Support-2026");
        browser.waitForPage(base, SUPPORT_HOME);
        assertEquals("Jo Reyes", browser.find(By.id("signedInAs")).getText(), "the header names the person behind the login");
        // what other tests queued has reached the switch, so that only the test's change meets the refusals below
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        while (number("commandsPending") > 0) {
            assertTrue(System.nanoTime() < deadline, "the carrier's pending commands reached the switch within " + SWITCH_WAIT);
            Thread.sleep(500);
            browser.open(base, SUPPORT_HOME);
            browser.waitForPage(base, SUPPORT_HOME);
        }
        Map<String, Long> before = accountsByState();
        long failedBefore = number("commandsFailed");
        long pendingBefore = number("pendingCount");

        // the switch refuses one change of a new account's user
        String tag = tag();
        long refused = account("Home refused " + tag);
        long user = user(refused, site(refused), "Kai", "Nakamura", tag, "3001");
        awaitSync(user, SyncState.IN_SYNC);
        String subscriber;
        try {
            SwitchConsole.admin(server.adminPort(), "fail-percent 100 subscriber store is read-only");
            ModifyUser modify = new ModifyUser();
            modify.setUserId(user);
            modify.setExtension("3101");
            acme.port().modifyUser(modify);
            subscriber = awaitSync(user, SyncState.FAILED).getSubscriber();
        } finally {
            SwitchConsole.admin(server.adminPort(), "clear");
        }
        // and an account in each other state of the add-on
        String pendingName = "Home pending " + tag;
        long pending = account(pendingName);
        requestActivation(pending);
        MobilityAccounts.activate(mobility, account("Home active " + tag), 0);
        long suspended = account("Home suspended " + tag);
        MobilityAccounts.activate(mobility, suspended, 0);
        SuspendMobility suspend = new SuspendMobility();
        suspend.setAccountId(suspended);
        mobility.port().suspendMobility(suspend);

        browser.find(By.id("nav:menuSupportHome")).click();
        browser.waitForPage(base, SUPPORT_HOME);
        Map<String, Long> after = accountsByState();
        for (String state : STATES) {
            assertEquals(before.get(state) + 1, after.get(state), state + " accounts: one more, the test's");
        }
        assertEquals(after.values().stream().mapToLong(Long::longValue).sum(), number("accountsTotal"));
        assertEquals(failedBefore + 1, number("commandsFailed"), "the refused change is counted");
        assertEquals(pendingBefore + 1, number("pendingCount"));
        assertTrue(browser.find(By.id("accountsChart")).findElement(By.tagName("canvas")).getAttribute("aria-label")
                .contains("Pending activation " + after.get("PENDING_ACTIVATION")), "the chart in words");
        browser.screenshot("home-support.png");

        // the newest pending activation is listed, and its link opens the account list on it
        browser.find(By.xpath("//table[@id='pendingActivations']//a[normalize-space()='" + pendingName + "']")).click();
        browser.waitForPage(base, "/admin/support/accounts.xhtml");
        browser.waiting().withMessage(() -> pendingName + " alone in the account list").until(d ->
                d.findElements(By.xpath("//tbody[@id='accounts:table_data']/tr")).size() == 1
                        && !d.findElements(By.xpath("//tbody[@id='accounts:table_data']/tr/td[1][normalize-space()='"
                        + pendingName + "']")).isEmpty());

        browser.find(By.id("nav:menuSupportHome")).click();
        browser.waitForPage(base, SUPPORT_HOME);
        browser.find(By.id("toSwitchSync")).click();
        browser.waitForPage(base, "/admin/switch-sync.xhtml");
        assertTrue(browser.find(By.xpath("//tr[contains(@class,'command-FAILED')][td[contains(., '" + subscriber + "')]]")).getText()
                .contains("read-only"), "the refused change is on Switch sync with the switch's reason");
    }

    // --- the home pages ------------------------------------------------------------------------------

    private String text(String id) {
        return browser.find(By.id(id)).getText().trim();
    }

    private long number(String id) {
        return Long.parseLong(text(id).replace(",", ""));
    }

    private Map<String, Long> accountsByState() {
        return STATES.stream().collect(Collectors.toMap(state -> state, state -> Long.parseLong(browser.find(
                By.cssSelector("#accountsByState tr.state-" + state + " td.count")).getText().trim().replace(",", ""))));
    }

    /**
     * A day's billing snapshot of the account, as the nightly job writes it (a test cannot wait for nights to pass).
     */
    private void snapshot(long accountId, LocalDate day, int purchased, int shared) throws SQLException {
        PayaraMicro.Database db = PayaraMicro.Database.fromSystemProperties(server.dataDir());
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             PreparedStatement insert = c.prepareStatement("insert into billing_snapshot (id, version, account_id, carrier_id,"
                     + " snapshot_day, licenses_purchased, licenses_shared, mobility_users, anywhere_users, mobility_status,"
                     + " recorded_at, recorded_by) select ?, 1, id, carrier_id, ?, ?, ?, ?, 0, 'PENDING_ACTIVATION', ?, 'HomeWebIT'"
                     + " from account where id = ?")) {
            insert.setLong(1, 3_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
            insert.setObject(2, day);
            insert.setInt(3, purchased);
            insert.setInt(4, shared);
            insert.setInt(5, shared);
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.setLong(7, accountId);
            assertEquals(1, insert.executeUpdate());
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    // --- the carrier's SOAP client -------------------------------------------------------------------

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private long account(String name) throws Exception {
        AddAccount add = new AddAccount();
        add.setName(name);
        return acme.port().addAccount(add).getAccount().getAccountId();
    }

    private long site(long accountId) throws Exception {
        AddSite add = new AddSite();
        add.setAccountId(accountId);
        add.setName("HQ");
        add.setCountry("US");
        return acme.port().addSite(add).getSite().getSiteId();
    }

    private long user(long accountId, long siteId, String first, String last, String tag, String extension) throws Exception {
        AddUser add = new AddUser();
        add.setAccountId(accountId);
        add.setSiteId(siteId);
        add.setFirstName(first);
        add.setLastName(last);
        add.setEmail(first.toLowerCase() + "-" + tag + "@example.com");
        add.setExtension(extension);
        add.setProfileType(ProfileType.ESSENTIALS);
        return acme.port().addUser(add).getUser().getUserId();
    }

    /** The account's admin activates Mobility and confirms the purchase; it waits for support to complete it. */
    private void requestActivation(long accountId) throws Exception {
        ActivateMobility activate = new ActivateMobility();
        activate.setAccountId(accountId);
        activate.setPurchaseConfirmed(true);
        mobility.port().activateMobility(activate);
    }

    private void licenses(long accountId, int quantity) throws Exception {
        SetLicenseQuantity set = new SetLicenseQuantity();
        set.setAccountId(accountId);
        set.setQuantity(quantity);
        mobility.port().setLicenseQuantity(set);
    }

    private void enable(long userId, String mobilityExtension) throws Exception {
        EnableMobilityUser enable = new EnableMobilityUser();
        enable.setUserId(userId);
        enable.setMobilityExtension(mobilityExtension);
        mobility.port().enableMobilityUser(enable);
    }

    private GetSyncStatusResponse awaitSync(long userId, SyncState state) throws Exception {
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        GetSyncStatus request = new GetSyncStatus();
        request.setUserId(userId);
        GetSyncStatusResponse status = acme.port().getSyncStatus(request);
        while (status.getState() != state && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = acme.port().getSyncStatus(request);
        }
        assertEquals(state, status.getState(), "sync state of user " + userId + ": " + status.getLastError());
        return status;
    }
}
