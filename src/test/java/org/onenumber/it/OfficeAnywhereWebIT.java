package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.*;
import org.onenumber.testsupport.Http;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Office Anywhere as a new admin meets it, in headless Chromium: pick the site, add a portal from the number
 * drop-down (the name follows the number), give it an extension and the Site scope; the switch holds the portal;
 * the readiness check turns green step by step as the admin assigns a user and gives one of their numbers Active;
 * conflicts are refused with a message naming the holder, and change nothing. Carrier support works on an account
 * of its own made for the test, so no other test's data is in the way.
 */
@ExtendWith(SharedServer.class)
class OfficeAnywhereWebIT {

    private static final String ACCOUNTS = "/admin/support/accounts.xhtml";
    private static final String PAGE = "/admin/office-anywhere.xhtml";

    private final PayaraMicro server;
    private final URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    OfficeAnywhereWebIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
    }

    private record Fixture(long accountId, String accountName, List<String> free, List<User> users) {
    }

    /** An account with one site "Main office", free numbers, two Premier users and a mobility user. */
    private Fixture fixture() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AddAccount addAccount = new AddAccount();
        addAccount.setName("Anywhere web " + tag);
        long accountId = acme.port().addAccount(addAccount).getAccount().getAccountId();
        AddSite site = new AddSite();
        site.setAccountId(accountId);
        site.setName("Main office");
        site.setCountry("US");
        long siteId = acme.port().addSite(site).getSite().getSiteId();
        AddPhoneNumbers numbers = new AddPhoneNumbers();
        numbers.setAccountId(accountId);
        String block = NumberBlocks.next();
        for (int i = 0; i < 6; i++) {
            numbers.getNumber().add(NumberBlocks.number(block, i));
        }
        List<String> free = new ArrayList<>(acme.port().addPhoneNumbers(numbers).getPhoneNumber().stream()
                .map(PhoneNumber::getNumber).toList());
        List<User> users = new ArrayList<>();
        String[] last = {"Amsel", "Brandt", "Cruz"};
        for (int i = 0; i < 3; i++) {
            AddUser add = new AddUser();
            add.setAccountId(accountId);
            add.setSiteId(siteId);
            add.setFirstName("Web");
            add.setLastName(last[i]);
            add.setEmail("web" + i + "." + tag + "@example.com");
            add.setExtension(String.valueOf(2201 + i));
            add.setBusinessNumber(free.remove(0));
            add.setProfileType(ProfileType.PREMIER);
            users.add(acme.port().addUser(add).getUser());
        }
        MobilityClient mobility = MobilityClient.acme(base);
        ActivateMobility activate = new ActivateMobility();
        activate.setAccountId(accountId);
        activate.setPurchaseConfirmed(true);
        mobility.port().activateMobility(activate);
        SetLicenseQuantity quantity = new SetLicenseQuantity();
        quantity.setAccountId(accountId);
        quantity.setQuantity(1);
        mobility.port().setLicenseQuantity(quantity);
        EnableMobilityUser enable = new EnableMobilityUser();
        enable.setUserId(users.get(2).getUserId());
        enable.setMobilityExtension("9301");
        mobility.port().enableMobilityUser(enable);
        return new Fixture(accountId, addAccount.getName(), free, users);
    }

    private static String display(String e164) {
        return String.format("(%s) %s-%s", e164.substring(2, 5), e164.substring(5, 8), e164.substring(8));
    }

    @Test
    void aNewAdminAddsAPortalAndTurnsTheReadinessCheckGreen() throws Exception {
        Fixture f = fixture();
        openPageAsSupport(f.accountName());
        browser.choose("site:siteChoice", "Main office");
        assertEquals(List.of("number"), met(), "a free number, nothing else yet");
        assertTrue(browser.find(By.id("readinessSummary")).getText().contains("not ready"));

        // Add: the number from the drop-down, the name follows it, an extension, the Site scope
        browser.find(By.id("portals:add")).click();
        waitFor(By.id("portal:save"));
        String number = f.free().get(0);
        browser.choose("portal:number", display(number));
        waitUntil(() -> display(number).equals(browser.find(By.id("portal:name")).getAttribute("value")), "the name is the number");
        browser.type(By.id("portal:extension"), "2201");
        browser.find(By.cssSelector("label[for='portal:scope:1']")).click();
        browser.find(By.id("portal:save")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.messageBeside("portal:extension").contains("Web Amsel"),
                "the extension is refused naming its holder");
        assertEquals("Extension 2201 is already used by Web Amsel's station.", browser.messageBeside("portal:extension"));
        assertTrue(browser.findAll(By.cssSelector("#portals\\:table td.portal-number")).stream()
                .noneMatch(td -> td.getText().equals(display(number))), "no portal was added");

        browser.type(By.id("portal:extension"), "300");
        browser.find(By.id("portal:save")).click();
        waitUntil(() -> browser.ajaxIdle() && !browser.find(By.id("portals:table")).getText().contains("No Office Anywhere portals"),
                "the portal is listed");
        String row = browser.find(By.id("portals:table")).getText();
        assertTrue(row.contains(display(number)) && row.contains("300") && row.contains("Site"), row);
        String portalKey = awaitPortalOnSwitch(f, number);
        assertTrue(SwitchConsole.admin(server.adminPort(), "portal " + portalKey).contains("scope=SITE"));
        assertEquals(List.of("number", "portal"), met());

        // a mobility user cannot have Office Anywhere: refused, naming the feature and the user
        browser.choose("assign:user", "Web Cruz (2203)");
        browser.find(By.id("assign:assignUser")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("Web Cruz uses Mobility"), "refused");
        assertEquals(List.of("number", "portal"), met(), "nothing changed");

        browser.choose("assign:user", "Web Amsel (2201)");
        browser.find(By.id("assign:assignUser")).click();
        waitUntil(() -> browser.ajaxIdle() && met().contains("user"), "Office Anywhere assigned");

        // a number of the inventory is refused beside the field; a cell phone's number, not yet Active, is taken
        browser.find(By.cssSelector("#anywhereUsers button.add-number")).click();
        waitFor(By.id("alternate:save"));
        browser.type(By.id("alternate:number"), display(f.free().get(1)));
        browser.find(By.id("alternate:active")).findElement(By.cssSelector(".ui-chkbox-box")).click(); // untick Active
        browser.find(By.id("alternate:save")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.messageBeside("alternate:number").contains("inventory"), "inventory refused");
        String cell = NumberBlocks.single("415");
        browser.type(By.id("alternate:number"), display(cell));
        browser.find(By.id("alternate:save")).click();
        waitUntil(() -> browser.ajaxIdle() && met().contains("userNumber"), "the number is the user's");
        assertEquals(List.of("number", "portal", "user", "userNumber"), met(), "not Active yet");

        browser.find(By.cssSelector("#anywhereUsers button.toggle-active")).click();
        waitUntil(() -> browser.ajaxIdle() && met().size() == 5, "all five met");
        assertTrue(browser.find(By.id("readinessSummary")).getText().contains("is ready"));
        browser.screenshot("office-anywhere-ready.png");
        awaitSwitch(f.users().get(0), "OFFICE_ANYWHERE:" + cell);

        // the number's note: written in the Edit dialog, and emptied there again
        editNumberNote("Cell");
        waitUntil(() -> browser.ajaxIdle() && note().equals("Cell"), "the note is saved");
        editNumberNote("");
        waitUntil(() -> browser.ajaxIdle() && note().isEmpty(), "the emptied note is gone, not kept");

        // a second number, not Active: a call to the business number rings the desk phone and the active one only
        String landline = NumberBlocks.single("650");
        AddAlternateNumber inactive = new AddAlternateNumber();
        inactive.setUserId(f.users().get(0).getUserId());
        inactive.setNumber(landline);
        inactive.setKind(NumberKind.LANDLINE);
        inactive.setActive(false);
        org.onenumber.testsupport.AnywhereClient.acme(base).port().addAlternateNumber(inactive);
        String business = f.users().get(0).getBusinessNumber();
        String route = SwitchConsole.admin(server.adminPort(), "route " + business);
        assertTrue(route.contains("OFFICE_ANYWHERE " + cell + " start=0"), "the active number rings at once: " + route);
        assertFalse(route.contains(landline), "the inactive one does not: " + route);

        // calling out through the portal from the cell phone presents the business number; abroad, it is a toll call
        String call = SwitchConsole.admin(server.adminPort(), "portal-call " + cell + " " + number + " +442071234567");
        assertTrue(call.contains("callerId=" + business) && call.contains("rateClass=INTERNATIONAL"), call);
        String callId = call.split(" ")[1];
        SwitchConsole.admin(server.adminPort(), "end " + callId);

        browser.open(base, "admin/usage.xhtml");
        browser.waitForPage(base, "/admin/usage.xhtml");
        Browser.until(browser.waitingForBackground(), () -> {
            browser.driver().navigate().refresh();
            return browser.find(By.id("usage:calls")).getText().contains("+442071234567");
        }, "the call is on the usage page");
        assertEquals(1, browser.findAll(By.cssSelector("#usage\\:calls td.call-destination")).stream()
                .filter(td -> td.getText().equals("+442071234567")).count(), "once");
        assertTrue(browser.find(By.id("usage:totals")).getText().contains("INTERNATIONAL"));
        String csv = csv(java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString());
        assertEquals(1, csv.lines().filter(line -> line.startsWith(callId + ",")).count(), csv);
        assertTrue(csv.lines().filter(line -> line.startsWith(callId + ",")).findFirst().orElseThrow()
                .contains(",Web Amsel,2201," + number + ",+442071234567,INTERNATIONAL,"), csv);
    }

    /**
     * Office Anywhere assigned by other work while the admin's Assign was on its way (another admin, the carrier's
     * back office): the Assign loses the race on the user's one assignment. Before, the error page replaced the page;
     * now the page says nothing was saved, and lists the user once, as the other work left them.
     */
    @Test
    void anAssignmentMadeMeanwhileByOtherWorkIsSaidAboveThePageAndTheUserIsListedOnce() throws Exception {
        Fixture f = fixture();
        openPageAsSupport(f.accountName());
        browser.choose("assign:user", "Web Amsel (2201)");
        long amsel = f.users().get(0).getUserId();
        PayaraMicro.Database database = PayaraMicro.Database.fromSystemProperties(server.dataDir());
        try (java.sql.Connection db = database.connect(); java.sql.Connection watcher = database.connect()) {
            db.setAutoCommit(false);
            try (java.sql.PreparedStatement other = db.prepareStatement("insert into oa_user (id, version, account_id,"
                    + " user_id, assigned_at) values (?, 1, ?, ?, current_timestamp)")) {
                other.setLong(1, 9_000_000_000L + (amsel % 1_000_000_000L));
                other.setLong(2, f.accountId());
                other.setLong(3, amsel);
                other.executeUpdate();
            }
            // the other work ends once the page's Assign waits to insert the user's assignment (within the lock
            // timeout, which runs only from the wait: the click may take long to get there on a busy machine), or once
            // the page has answered without waiting
            java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
            Thread commit = new Thread(() -> {
                try {
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (!answered.get() && !database.someoneWaitsToInsertInto(watcher, "oa_user")
                            && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    db.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            commit.start();
            browser.find(By.id("assign:assignUser")).click();
            Browser.until(browser.waitingForBackground(), () -> browser.ajaxIdle() && !browser.globalMessages().isEmpty(),
                    "the page answers");
            answered.set(true);
            commit.join();
            assertTrue(browser.globalMessages().contains("Nothing was saved: other work changed these records at the same"
                    + " moment."), browser.globalMessages());
        }
        browser.driver().navigate().refresh();
        browser.waitForPage(base, PAGE);
        assertEquals(1, browser.findAll(By.cssSelector("#anywhereUsers td.oa-user")).stream()
                .filter(td -> td.getText().equals("Web Amsel")).count(), "listed once");
        assertTrue(browser.findAll(By.xpath("//select[@id='assign:user_input']/option")).stream()
                .noneMatch(o -> o.getAttribute("textContent").contains("Web Amsel")), "no longer offered");
    }

    /** An account the carrier has not given a site yet: the page says so, and offers nothing that needs one. */
    @Test
    void anAccountWithoutASiteIsToldSoAndOfferedNoPortal() throws Exception {
        AddAccount addAccount = new AddAccount();
        addAccount.setName("Anywhere no site " + UUID.randomUUID().toString().substring(0, 8));
        ProvisioningClient.acme(base).port().addAccount(addAccount);
        openPageAsSupport(addAccount.getName());
        assertTrue(browser.find(By.id("noSite")).getText().contains("This account has no site yet."),
                browser.find(By.id("noSite")).getText());
        assertFalse(browser.find(By.id("portals:add")).isEnabled(), "no portal to add without a site");
        assertFalse(browser.find(By.id("assign:assignUser")).isEnabled(), "no one to assign without a site");
        assertTrue(browser.findAll(By.id("readinessSummary")).isEmpty(), "no readiness of a site that is not there");
    }

    /** The usage CSV as the signed-in admin's browser downloads it (its cookies, a plain GET). */
    private String csv(String month) throws Exception {
        String session = browser.cookieHeader();
        java.net.http.HttpResponse<String> response = Http.client().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "admin/usage.csv?month=" + month))
                        .header("Cookie", session).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        return response.body();
    }

    /** Opens the first alternate number's Edit dialog, replaces its note and saves. */
    private void editNumberNote(String text) {
        browser.find(By.cssSelector("#anywhereUsers button.edit-number")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.find(By.id("alternate:description")).isDisplayed(), "the Edit dialog is open");
        WebElement description = browser.find(By.id("alternate:description"));
        description.clear();
        description.sendKeys(text);
        browser.find(By.id("alternate:save")).click();
    }

    private String note() {
        // an empty note is an empty span, present but not visible: read it without waiting for it to show
        return browser.findAll(By.cssSelector("#anywhereUsers .oa-number span.description")).stream()
                .map(span -> span.getAttribute("textContent").trim()).findFirst().orElse("(no number)");
    }

    /** The keys of the readiness conditions shown as met, in the page's order. */
    private List<String> met() {
        return browser.findAll(By.cssSelector("#readiness li.met")).stream()
                .map(li -> li.getAttribute("id").substring("readiness-".length())).toList();
    }

    /** The portal's switch key, once the switch holds the portal with {@code number}. */
    private String awaitPortalOnSwitch(Fixture f, String number) throws Exception {
        ListPortals list = new ListPortals();
        list.setAccountId(f.accountId());
        Portal portal = org.onenumber.testsupport.AnywhereClient.acme(base).port().listPortals(list).getPortal().stream()
                .filter(p -> p.getNumber().equals(number)).findFirst().orElseThrow();
        String key = "portal-" + portal.getPortalId();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (SwitchConsole.admin(server.adminPort(), "portal " + key).contains("number=" + number)) {
                return key;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the switch never held " + key + " with " + number);
    }

    private void awaitSwitch(User user, String expected) throws Exception {
        GetSyncStatus status = new GetSyncStatus();
        status.setUserId(user.getUserId());
        String subscriber = ProvisioningClient.acme(base).port().getSyncStatus(status).getSubscriber();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = SwitchConsole.admin(server.adminPort(), "subscriber " + subscriber);
            if (last.contains(expected)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never showed " + expected + ": " + last);
    }

    /** Support opens the account, then this page. */
    private void openPageAsSupport(String accountName) {
        openAccountAsSupport(accountName);
        browser.open(base, PAGE.substring(1));
        browser.waitForPage(base, PAGE);
    }

    private void openAccountAsSupport(String accountName) {
        browser.signInAndOpen(base, "support", "Support-2026", "/admin/support/home.xhtml", ACCOUNTS);
        browser.type(By.id("accounts:name"), accountName);
        browser.find(By.id("accounts:search")).click();
        String row = "//tbody[@id='accounts:table_data']/tr[td[1][normalize-space()='" + accountName + "']]";
        waitUntil(() -> browser.ajaxIdle() && !browser.findAll(By.xpath(row)).isEmpty(), accountName + " listed");
        browser.find(By.xpath(row + "//button[contains(@class, 'open-account')]")).click();
        waitUntil(() -> browser.find(By.id("currentAccount")).getText().equals(accountName), accountName + " opened");
    }

    private WebElement waitFor(By by) {
        return browser.find(by);
    }

    private void waitUntil(BooleanSupplier condition, String description) {
        Browser.until(browser.waiting(), condition, description);
    }
}
