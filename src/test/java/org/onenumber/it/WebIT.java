package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.Account;
import org.onenumber.client.ListAccounts;
import org.onenumber.client.ListUsers;
import org.onenumber.client.User;
import org.onenumber.notify.control.MimeMessages;
import org.onenumber.notify.control.SmtpSettings;
import org.onenumber.notify.entity.Email;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;

/**
 * The pages as a person uses them, in headless Chromium against the deployed WAR with its demo data.
 * Every test signs in on its own browser; what a test creates has a unique name, and no test counts
 * rows that another test could add. Demo state that can be used up once (ann's temporary password, pat's
 * lockout) belongs to one test each here and to no other test class; it is fresh in each build, which
 * starts the shared server on an empty database.
 */
@ExtendWith(SharedServer.class)
class WebIT {

    private static final String USERS = "/admin/users.xhtml";
    private static final String USER = "/admin/user.xhtml";
    private static final int PAGE_SIZE = 20;

    private final PayaraMicro server;
    private final URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    WebIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
    }

    /** One line of the users table as shown. */
    record Row(String name, String extension, String number, String email, String location) {
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** An extension no demo user has (they are 1001-1025) and no other test run is likely to pick. */
    private static String freeExtension() {
        return "5" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
    }

    /** The demo Decision Maker signs in, lands on the home page and opens Users. */
    private void signInAsDecisionMaker() {
        browser.signInAndOpen(base, "dm", "Decision-2026", "/admin/home.xhtml", USERS);
    }

    @Test
    void adminFiltersUsersByNameAndLocationAndAddsAUser() {
        signInAsDecisionMaker();
        assertEquals("Bob Martinez", browser.find(By.id("signedInAs")).getText(), "the header names the person, not the login");
        List<Row> all = waitForRows(rows -> rows.size() == PAGE_SIZE, "a full first page of users");
        browser.screenshot("users.png");

        typeFilter("name", "petrova");
        waitForRows(rows -> rows.equals(List.of(new Row("Elena Petrova", "1005", "(408) 555-0104",
                "elena.petrova@globex.example", "Headquarters"))) && pageLinks() == 1,
                "only Elena Petrova, on a single page");
        // a filter's % is a character to find, not a wildcard: no demo user's name holds one
        typeFilter("name", "%");
        waitForRows(List::isEmpty, "no user for a name filter of %");

        typeFilter("name", "");
        waitForRows(rows -> rows.size() == PAGE_SIZE, "the full first page again");

        // the email filter ignores letter case, the number filter the way the number is written; the paginator
        // counts what they leave
        Row elena = new Row("Elena Petrova", "1005", "(408) 555-0104", "elena.petrova@globex.example", "Headquarters");
        typeFilter("email", "PETROVA@Globex");
        waitForRows(rows -> rows.equals(List.of(elena)) && pageLinks() == 1, "only Elena Petrova by her email");
        typeFilter("email", "");
        waitForRows(rows -> rows.size() == PAGE_SIZE, "the full first page again");
        typeFilter("number", "555-0104");
        waitForRows(rows -> rows.equals(List.of(elena)) && pageLinks() == 1, "only Elena Petrova by her number");
        typeFilter("number", "");
        waitForRows(rows -> rows.size() == PAGE_SIZE, "the full first page again");

        browser.choose("users:site", "Branch Office");
        List<Row> branch = waitForRows(rows -> !rows.isEmpty()
                && rows.stream().allMatch(r -> r.location().equals("Branch Office")), "only Branch Office users");
        assertTrue(branch.size() < all.size(), "the location filter leaves fewer rows: " + branch.size());
        assertTrue(branch.stream().anyMatch(r -> r.name().equals("Carla Nguyen")), "Carla Nguyen works at the branch");
        if (branch.size() < PAGE_SIZE) {
            assertEquals(1, pageLinks(), "the paginator counts the filtered users, not all of them");
        }

        String lastName = "Webtest" + unique();
        String extension = freeExtension();
        browser.find(By.id("users:addUser")).click();
        browser.waitForPage(base, USER);
        fillUser("Wendy", lastName, "wendy." + lastName.toLowerCase() + "@example.com", "Headquarters", extension, "");
        save();
        browser.waitForPage(base, USERS);

        typeFilter("name", lastName);
        List<Row> found = waitForRows(rows -> rows.size() == 1, "the new user alone");
        assertEquals(new Row("Wendy " + lastName, extension, "", "wendy." + lastName.toLowerCase() + "@example.com",
                "Headquarters"), found.get(0));

        browser.find(By.linkText("Wendy " + lastName)).click();
        browser.waitForPage(base, USER);
        assertEquals(lastName, browser.find(By.id("user:lastName")).getAttribute("value"));
        assertEquals(extension, browser.find(By.id("user:extension")).getAttribute("value"));
    }

    @Test
    void invalidNumberIsShownBesideItsFieldAndCreatesNothing() {
        signInAsDecisionMaker();
        String lastName = "Badnumber" + unique();
        browser.open(base, "admin/user.xhtml");
        fillUser("Nico", lastName, "nico." + lastName.toLowerCase() + "@example.com", "Branch Office", freeExtension(),
                "555-12");
        save();

        browser.waitForPage(base, USER);
        String message = browser.messageBeside("user:businessNumber");
        assertTrue(message.contains("555-12") && message.contains("not a valid telephone number"), message);
        assertEquals("", browser.messageBeside("user:extension"), "no message for a field that is fine");
        assertEquals("555-12", browser.find(By.id("user:businessNumber")).getAttribute("value"), "the input is kept");

        assertNoUserNamed(lastName);
    }

    @Test
    void duplicateExtensionIsShownBesideItsFieldAndCreatesNothing() {
        signInAsDecisionMaker();
        String lastName = "Duplicate" + unique();
        browser.open(base, "admin/user.xhtml");
        fillUser("Dora", lastName, "dora." + lastName.toLowerCase() + "@example.com", "Headquarters", "1001", "");
        save();

        browser.waitForPage(base, USER);
        String message = browser.messageBeside("user:extension");
        assertEquals("Extension 1001 is already used by Ann Lee's station.", message, "the message names the holder");
        assertEquals("", browser.messageBeside("user:businessNumber"), "no message for a field that is fine");

        assertNoUserNamed(lastName);
    }

    @Test
    void endUserMustReplaceTheTemporaryPasswordBeforeSeeingTheProfile() {
        browser.signIn(base, "ann", "Welcome-2026");
        assertFalse(browser.globalMessages().contains("not correct"),
                "ann's temporary password is refused: the integration tests need the fresh database each build makes");
        browser.waitForPage(base, "/change-password.xhtml");
        assertTrue(browser.find(By.id("forcedNotice")).getText().contains("temporary"));

        browser.open(base, "myphone/profile.xhtml");
        browser.waitForPage(base, "/change-password.xhtml");
        assertTrue(browser.findAll(By.id("profileName")).isEmpty(), "no profile before the password is changed");

        browser.open(base, "change-password.xhtml");
        String replacement = "Ann-" + unique() + "-7x";
        browser.type(By.id("password:currentPassword"), "Welcome-2026");
        browser.type(By.id("password:newPassword"), replacement);
        browser.type(By.id("password:confirmPassword"), replacement);
        browser.find(By.id("password:change")).click();

        browser.waitForPage(base, "/myphone/profile.xhtml");
        assertEquals("Ann Lee", browser.find(By.id("profileName")).getText());
        assertEquals("1001", browser.find(By.id("profileExtension")).getText());
        assertEquals("ann.lee@globex.example", browser.find(By.id("profileEmail")).getText());

        WebElement logout = browser.find(By.id("session:logout"));
        logout.click();
        browser.waitForPage(base, "/login.xhtml");
        browser.signIn(base, "ann", replacement);
        browser.waitForPage(base, "/myphone/profile.xhtml");
        assertTrue(browser.findAll(By.id("forcedNotice")).isEmpty());
        assertEquals("Ann Lee", browser.find(By.id("profileName")).getText());
    }

    @Test
    void fiveWrongPasswordsLockTheLogin() {
        // pat is used by no other test: its lock lasts 15 minutes
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn(base, "pat", "Wrong-password-" + attempt);
            browser.waitForPage(base, "/login.xhtml");
            String message = browser.globalMessages();
            if (attempt < 5) {
                assertTrue(message.contains("not correct"), "attempt " + attempt + ": " + message);
            }
        }
        browser.signIn(base, "pat", "Manager-2026");
        browser.waitForPage(base, "/login.xhtml");
        String locked = browser.globalMessages();
        assertTrue(locked.contains("locked"), locked);
        assertTrue(browser.findAll(By.id("signedInAs")).isEmpty(), "not signed in");
        // the same words for a login that does not exist: the page tells no stranger which logins exist
        browser.signIn(base, "nobody-" + unique(), "Manager-2026");
        browser.waitForPage(base, "/login.xhtml");
        assertEquals(locked, browser.globalMessages());

        browser.open(base, "admin/users.xhtml");
        browser.waitForPage(base, "/login.xhtml");
    }

    @Test
    void anotherCarriersUserIsNotFoundThroughTheUrl() throws Exception {
        ProvisioningClient northwind = ProvisioningClient.northwind(base);
        ListAccounts accounts = new ListAccounts();
        accounts.setNameContains("Initech");
        Account initech = northwind.port().listAccounts(accounts).getAccount().stream()
                .filter(a -> a.getName().equals("Initech")).findFirst().orElseThrow();
        ListUsers users = new ListUsers();
        users.setAccountId(initech.getAccountId());
        User peter = northwind.port().listUsers(users).getUser().stream()
                .filter(u -> u.getLastName().equals("Gibbons")).findFirst().orElseThrow();

        signInAsDecisionMaker();
        browser.open(base, "admin/user.xhtml?id=" + peter.getUserId());
        browser.waitForPage(base, USER);
        assertTrue(browser.globalMessages().contains("not found"), browser.globalMessages());
        assertTrue(browser.findAll(By.id("user")).isEmpty(), "no form for another tenant's user");
        assertFalse(browser.driver().getPageSource().contains("Gibbons"), "nothing of Peter's shows");
    }

    /** Mail that reached the sink from elsewhere (no carrier's caller queued it) is no carrier support's to read. */
    @Test
    void supportDoesNotSeeMailNoCarrierOfItsQueued() throws Exception {
        String subject = "Mailbox test " + unique();
        Session smtp = new SmtpSettings("127.0.0.1", server.mailPort(), null, null, false).session(); // the embedded sink
        Transport.send(MimeMessages.build(smtp, new InternetAddress("it@onenumber.local"),
                new Email(null, "TEST", "reader@example.com", subject, "Plain text", "<p>Hello <b>reader</b></p>"), null));
        new org.onenumber.notify.Mailbox(server.dataDir().resolve("mail"))
                .awaitMessageTo("reader@example.com", m -> subject.equals(subjectOf(m)), java.time.Duration.ofSeconds(30));

        browser.signIn(base, "support", "Support-2026");
        browser.open(base, "admin/support/mailbox.xhtml");
        browser.waitForPage(base, "/admin/support/mailbox.xhtml");

        assertEquals("Mailbox", browser.find(By.tagName("h1")).getText());
        assertTrue(browser.find(By.id("sinkState")).getText().contains("embedded SMTP sink on 127.0.0.1:" + server.mailPort()));
        assertTrue(browser.findAll(By.linkText(subject)).isEmpty(), "a message of no carrier is not listed");
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return null;
        }
    }

    // --- the users table -------------------------------------------------------------------------

    /** Types into a column's filter (the column ids are NAMEColumn) and leaves the table to reload. */
    private void typeFilter(String column, String text) {
        String id = "users:table:" + column + "Column:filter";
        WebElement input = browser.find(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
    }

    /**
     * Waits until no request is in flight and the table's rows satisfy {@code expected}, then returns
     * them. A filter request waits 300 ms before it leaves, so each condition is one the table did not
     * meet before the change.
     */
    private List<Row> waitForRows(Predicate<List<Row>> expected, String description) {
        AtomicReference<List<Row>> last = new AtomicReference<>();
        try {
            return browser.waiting().until(driver -> {
                if (!browser.ajaxIdle()) {
                    return null;
                }
                List<Row> rows = rows();
                last.set(rows);
                return rows != null && expected.test(rows) ? rows : null;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("expected " + description + " but the table shows " + last.get()
                    + " on " + pageLinks() + " page(s)", e);
        }
    }

    /** The rows shown, read in one script so that an update in between cannot tear them. */
    @SuppressWarnings("unchecked")
    private List<Row> rows() {
        List<List<String>> cells = (List<List<String>>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var body = document.getElementById('users:table_data');"
                        + "if (!body) { return null; }"
                        + "return Array.from(body.rows)"
                        + "  .filter(function (r) { return !r.classList.contains('ui-datatable-empty-message'); })"
                        + "  .map(function (r) { return Array.from(r.cells).map(function (c) { return c.innerText.trim(); }); });");
        return cells == null ? null : cells.stream().map(c -> new Row(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4))).toList();
    }

    private int pageLinks() {
        return browser.findAll(By.cssSelector("[id='users:table_paginator_bottom'] .ui-paginator-page")).size();
    }

    private void assertNoUserNamed(String lastName) {
        browser.open(base, "admin/users.xhtml");
        waitForRows(rows -> !rows.isEmpty(), "the users");
        typeFilter("name", lastName);
        waitForRows(List::isEmpty, "no user named " + lastName);
        assertTrue(browser.find(By.cssSelector("[id='users:table_data'] .ui-datatable-empty-message")).getText()
                .contains("No users match"));
    }

    // --- the user form ---------------------------------------------------------------------------

    private void fillUser(String firstName, String lastName, String email, String site, String extension, String number) {
        browser.type(By.id("user:firstName"), firstName);
        browser.type(By.id("user:lastName"), lastName);
        browser.type(By.id("user:email"), email);
        browser.choose("user:siteId", site);
        browser.type(By.id("user:extension"), extension);
        browser.type(By.id("user:businessNumber"), number);
    }

    private void save() {
        WebElement save = browser.find(By.id("user:save"));
        save.click();
        browser.awaitGone(save);
    }
}
