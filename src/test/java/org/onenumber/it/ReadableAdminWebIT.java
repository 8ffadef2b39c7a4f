package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.AddPhoneNumbers;
import org.onenumber.client.ModifyUser;
import org.onenumber.notify.Mailbox;
import org.onenumber.testsupport.Http;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * Data on the admin pages as a person reads it, in headless Chromium: the audit trail as a field-by-field diff with
 * entities by name, filtered by who, what and when and exported as the same rows; codes as words; times in the
 * account's zone to the minute with the full time on hover; every license of a large account reachable in the device
 * tree and its export; support's mailbox paged and narrowed to one account. One account (in Asia/Kolkata, with more
 * than 200 licenses and a few mobility users) is made over SOAP for the class.
 */
@ExtendWith(SharedServer.class)
class ReadableAdminWebIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    private static final int USERS = 6;
    private static final int LICENSES = 250;
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    private static final Pattern MINUTE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
    private static final Pattern RAW_CODE = Pattern.compile("\\b(FREE|ASSIGNED|ESSENTIALS|SHARED|PRIMARY|PENDING|APPLIED|QUEUED|SENT)\\b");

    /** The account of the class, made once by whichever test needs it first. */
    private record Fixture(long accountId, String name, String tag) {
    }

    private static Fixture fixture;

    private final PayaraMicro server;
    private final URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    ReadableAdminWebIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
    }

    // --- audit -----------------------------------------------------------------------------------

    @Test
    void auditShowsAChangeFieldByFieldWithTheEntityByNameFiltersNarrowItAndTheCsvHasTheSameRows() throws Exception {
        Fixture f = fixture();
        openAccountAsSupport(f.name());
        openPage("/admin/audit.xhtml");
        assertFalse(tableText("audit:table").contains("{\""), "no raw JSON: " + tableText("audit:table"));

        browser.choose("audit:kind", "User");
        browser.choose("audit:action", "Changed");
        applyAuditFilter();
        List<WebElement> rows = rows("audit:table");
        assertEquals(1, rows.size(), tableText("audit:table"));
        WebElement row = rows.get(0);
        String what = row.findElement(By.cssSelector("td.audit-what")).getText();
        assertTrue(what.startsWith("Changed: User Dana Mulder-" + f.tag() + " (ext 2001)"), what);
        List<List<String>> diff = row.findElements(By.cssSelector("tr.audit-change")).stream()
                .map(tr -> tr.findElements(By.cssSelector("th, td")).stream().map(c -> c.getText().trim()).toList()).toList();
        assertEquals(List.of(List.of("Last name", "Scully 0", "Mulder-" + f.tag())), diff);
        browser.screenshot("audit-diff.png");
        assertCsvHasTheRows(1);

        // who and what: the carrier's back office enabled each mobility user
        browser.choose("audit:kind", "Mobility user");
        browser.choose("audit:action", "Any change");
        browser.choose("audit:who", "acme-api");
        applyAuditFilter();
        int all = rows("audit:table").size();
        assertTrue(all >= USERS, tableText("audit:table"));
        assertTrue(rows("audit:table").stream().allMatch(r -> r.findElement(By.cssSelector("td.audit-what")).getText()
                .contains(": Mobility user Dana ")), tableText("audit:table"));
        assertTrue(rows("audit:table").stream().allMatch(r -> r.findElement(By.cssSelector("td.audit-who")).getText().equals("acme-api")));
        assertCsvHasTheRows(all);

        // when: today (the account's day) holds them all, tomorrow none
        LocalDate today = LocalDate.now(ZONE);
        browser.type(By.id("audit:from"), today.toString());
        browser.type(By.id("audit:to"), today.toString());
        applyAuditFilter();
        assertEquals(all, rows("audit:table").size());
        browser.type(By.id("audit:from"), today.plusDays(1).toString());
        browser.type(By.id("audit:to"), today.plusDays(1).toString());
        applyAuditFilter();
        assertTrue(rows("audit:table").isEmpty(), tableText("audit:table"));
        assertCsvHasTheRows(0);
    }

    @Test
    void timesAreInTheAccountsZoneToTheMinuteWithTheFullTimeOnHover() throws Exception {
        Fixture f = fixture();
        openAccountAsSupport(f.name());
        for (String page : List.of("/admin/audit.xhtml", "/admin/mobility.xhtml")) {
            openPage(page);
            assertTrue(browser.find(By.className("zone-note")).getText().contains("Asia/Kolkata"), page);
            List<WebElement> times = browser.findAll(By.cssSelector("[id$='table_data'] time.time"));
            assertFalse(times.isEmpty(), page + " shows times");
            for (WebElement time : times) {
                assertShownInZone(time, ZONE);
            }
        }
        // a support page of no account: UTC, said once
        openPage("/admin/support/accounts.xhtml");
        assertEquals("Times are in UTC.", browser.find(By.className("zone-note")).getText());
        assertShownInZone(browser.findAll(By.cssSelector("[id='accounts:table_data'] time.time")).get(0), ZoneId.of("UTC"));
    }

    // --- words -----------------------------------------------------------------------------------

    @Test
    void codesShowAsWordsOnNumbersUsersDevicesAndMobility() throws Exception {
        Fixture f = fixture();
        openAccountAsSupport(f.name());
        openPage("/admin/numbers.xhtml");
        String numbers = tableText("numbers:table");
        assertTrue(numbers.contains("Assigned") && numbers.contains("Free"), numbers);
        assertNoCode(numbers, "Numbers");
        assertNoCode(browser.findAll(By.cssSelector("[id='numbers:status_input'] option")).stream()
                .map(o -> o.getAttribute("textContent")).toList().toString(), "the status choice");

        openPage("/admin/users.xhtml");
        String users = tableText("users:table");
        assertTrue(users.contains("Essentials"), users);
        assertNoCode(users, "Users");

        openPage("/admin/devices.xhtml");
        expandGroup("Mobile Client");
        String devices = tableText("devices:tree");
        assertTrue(devices.contains("Shared - 2001 "), devices);
        assertNoCode(devices, "Devices");

        openPage("/admin/mobility.xhtml");
        assertNoCode(tableText("mobility:table"), "Mobility");
    }

    // --- devices ---------------------------------------------------------------------------------

    @Test
    void everyLicenseOfALargeAccountIsReachableInTheTreeAndItsCsvAndLinesShowTheirOwnExtension() throws Exception {
        Fixture f = fixture();
        openAccountAsSupport(f.name());
        openPage("/admin/devices.xhtml");
        assertTrue(browser.find(By.id("devices:tree")).getText().contains("Mobile Client (" + LICENSES + ")"));
        expandGroup("Mobile Client");
        waitUntil(() -> identities().size() == 200, "the first 200 licenses");
        WebElement more = browser.find(By.cssSelector("a.device-more"));
        assertTrue(browser.find(By.id("devices:tree")).getText().contains("200 of 250 shown"));
        more.click();
        waitUntil(() -> browser.ajaxIdle() && identities().size() == LICENSES, "all " + LICENSES + " licenses");
        assertTrue(browser.findAll(By.cssSelector("a.device-more")).isEmpty(), "nothing more to show");
        Set<String> tree = new HashSet<>(identities());
        assertEquals(LICENSES, tree.size());

        // each line's detail names the extension of its own title, not the switch's station number
        List<WebElement> lines = browser.findAll(By.xpath("//tbody[@id='devices:tree_data']/tr[.//span[contains(@class,'device-line')]]"));
        assertEquals(USERS, lines.size());
        for (WebElement line : lines) {
            List<WebElement> cells = line.findElements(By.tagName("td"));
            Matcher extension = Pattern.compile("Shared - (\\d+) ").matcher(cells.get(0).getText());
            assertTrue(extension.find(), cells.get(0).getText());
            assertTrue(cells.get(4).getText().startsWith("Extension " + extension.group(1) + ","), cells.get(4).getText());
        }

        String csv = download(browser.find(By.id("devices:csv")).getAttribute("href"));
        List<String> licenses = Arrays.stream(csv.split("\r\n")).skip(1).filter(l -> l.contains(",Mobile client,")).toList();
        assertEquals(LICENSES, licenses.size(), csv);
        assertEquals(tree, new HashSet<>(licenses.stream().map(l -> l.substring(0, l.indexOf(','))).toList()));

        browser.find(By.id("devices:status")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("Device status read again"), "Device Status says what it did");
        assertTrue(browser.globalMessages().contains("for the " + LICENSES + " devices shown"), browser.globalMessages());
    }

    // --- mailbox ---------------------------------------------------------------------------------

    @Test
    void supportsMailboxPagesPastTheFirstPageAndNarrowsToOneAccount() throws Exception {
        Fixture f = fixture();
        browser.signInAndOpen(base, "support", "Support-2026", "/admin/support/home.xhtml", "/admin/support/mailbox.xhtml");
        browser.choose("mailbox:account", f.name());
        for (String table : List.of("mailbox:outbox", "mailbox:inbox")) {
            waitUntil(() -> browser.ajaxIdle() && rows(table).stream().allMatch(r -> r.getText().contains(f.tag())),
                    table + " narrowed to " + f.name());
            List<String> first = rows(table).stream().map(WebElement::getText).toList();
            assertEquals(10, first.size(), table + ": " + first);
            browser.find(By.cssSelector("[id='" + table + "'] .ui-paginator-next")).click();
            waitUntil(() -> browser.ajaxIdle() && !rows(table).isEmpty()
                    && !first.contains(rows(table).get(0).getText()), table + " page 2");
            List<String> second = rows(table).stream().map(WebElement::getText).toList();
            assertTrue(second.stream().allMatch(r -> r.contains(f.tag())), table + " page 2: " + second);
            assertTrue(second.size() >= 1 && second.size() <= 10, table + ": " + second);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void assertShownInZone(WebElement time, ZoneId zone) {
        String shown = time.getText().trim();
        String title = time.getAttribute("title");
        assertTrue(MINUTE.matcher(shown).matches(), "to the minute: " + shown);
        Instant instant = Instant.parse(title.substring(title.lastIndexOf(", ") + 2));
        assertEquals(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(instant), shown, title);
        assertTrue(title.matches(".*\\d\\d:\\d\\d:\\d\\d\\.\\d{6} .*"), "the full time on hover: " + title);
    }

    private static void assertNoCode(String text, String where) {
        Matcher code = RAW_CODE.matcher(text);
        if (code.find()) {
            fail(where + " shows the code " + code.group() + ":\n" + text);
        }
    }

    private void applyAuditFilter() {
        String before = tableText("audit:table");
        browser.find(By.id("audit:filter")).click();
        try {
            browser.waiting().withTimeout(Duration.ofSeconds(3)).until(d -> !tableText("audit:table").equals(before));
        } catch (TimeoutException unchanged) {
            // the filter left the same rows
        }
        waitUntil(browser::ajaxIdle, "the filtered table");
    }

    /** The CSV behind the page's export link has one line per row of the table, the same entities. */
    private void assertCsvHasTheRows(int expected) throws Exception {
        String csv = download(browser.find(By.id("audit:csv")).getAttribute("href"));
        String[] lines = csv.split("\r\n(?=\\d{4}-)");
        assertTrue(lines[0].startsWith("occurred_utc,who,channel,action,entity,changes,tracking_id"), csv);
        assertEquals(expected, lines.length - 1, csv);
        List<String> entities = rows("audit:table").stream().map(r -> r.findElement(By.cssSelector("td.audit-what")).getText()
                .replaceFirst("^[^:]*: ", "")).toList();
        for (String entity : entities) {
            assertTrue(csv.contains(entity.contains(",") ? "\"" + entity + "\"" : entity), entity + " in\n" + csv);
        }
    }

    private String download(String href) throws Exception {
        HttpResponse<String> response = Http.client().send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", browser.cookieHeader()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        return response.body();
    }

    private List<String> identities() {
        return browser.findAll(By.cssSelector("[id='devices:tree_data'] span.device-device")).stream()
                .map(s -> s.getText().trim()).toList();
    }

    private void expandGroup(String group) {
        String row = "//tbody[@id='devices:tree_data']/tr[td[1][starts-with(normalize-space(), '" + group + " (')]]";
        browser.find(By.xpath(row + "//*[contains(@class,'ui-treetable-toggler')]")).click();
        waitUntil(() -> browser.ajaxIdle() && !browser.findAll(By.cssSelector("[id='devices:tree_data'] span.device-device")).isEmpty(),
                group + " expanded");
    }

    private List<WebElement> rows(String table) {
        return browser.findAll(By.cssSelector("[id='" + table + "_data'] > tr:not(.ui-datatable-empty-message)"));
    }

    private String tableText(String table) {
        return browser.find(By.id(table)).getText();
    }

    private void openPage(String path) {
        browser.open(base, path);
        browser.waitForPage(base, path);
    }

    private void openAccountAsSupport(String accountName) {
        browser.signInAndOpen(base, "support", "Support-2026", "/admin/support/home.xhtml", "/admin/support/accounts.xhtml");
        String row = browser.supportAccountRow(accountName);
        browser.find(By.xpath(row + "//button[contains(@class, 'open-account')]")).click();
        waitUntil(() -> browser.find(By.id("currentAccount")).getText().equals(accountName), accountName + " opened");
    }

    private void waitUntil(BooleanSupplier condition, String description) {
        try {
            browser.waiting().withMessage(description).until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("waited for: " + description, e);
        }
    }

    /**
     * An account of the demo carrier in Asia/Kolkata with {@value #LICENSES} mobile client licenses, two free numbers
     * and {@value #USERS} Essentials users enabled for Mobility (each sent a welcome and a provisioning email); the
     * first user's last name is then changed.
     */
    private synchronized Fixture fixture() throws Exception {
        if (fixture != null) {
            return fixture;
        }
        MobilityAccounts.Account account = MobilityAccounts.on(server).create("Readable", USERS, LICENSES, ZONE.getId());
        String tag = account.name().substring(account.name().indexOf(' ') + 1);
        ProvisioningClient acme = ProvisioningClient.acme(base);
        AddPhoneNumbers numbers = new AddPhoneNumbers();
        numbers.setAccountId(account.accountId());
        numbers.getNumber().add(NumberBlocks.number(NumberBlocks.next(), 9998));
        numbers.getNumber().add(NumberBlocks.number(NumberBlocks.next(), 9999));
        acme.port().addPhoneNumbers(numbers);
        ModifyUser modify = new ModifyUser();
        modify.setUserId(account.userIds().get(0));
        modify.setLastName("Mulder-" + tag);
        acme.port().modifyUser(modify);
        new Mailbox(server.dataDir().resolve("mail"))
                .awaitMessages(m -> Mailbox.to(m).stream().anyMatch(to -> to.contains(tag)), 2 * USERS, MAIL_WAIT);
        fixture = new Fixture(account.accountId(), account.name(), tag);
        return fixture;
    }
}
