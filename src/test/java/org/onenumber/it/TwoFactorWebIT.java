package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.AddUser;
import org.onenumber.client.ListUsers;
import org.onenumber.client.ProfileType;
import org.onenumber.notify.Mailbox;
import org.onenumber.testsupport.TestAccounts;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.WebLogins;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Two-factor sign-in as people meet it. Each test makes an account of its own over SOAP (Acme's API) with a
 * Decision Maker and an end user, so turning access codes on touches no demo account other tests sign in to.
 * Logins are not made by any page or SOAP call (the demo data makes the demo ones), so the test writes them
 * into the database the shared server uses, with the demo Decision Maker's password hash; it reaches the same
 * database to age a code, so that expiry is tried without waiting ten minutes. Codes are read from the emails
 * in the server's SMTP sink.
 */
@ExtendWith(SharedServer.class)
class TwoFactorWebIT {

    private static final String PASSWORD = WebLogins.PASSWORD;
    private static final String CODE_PAGE = "/access-code.xhtml";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final Pattern CODE = Pattern.compile("access code is (\\d{6})\\.");

    private final URL base;
    private final Mailbox mailbox;
    private final PayaraMicro.Database db;

    @RegisterExtension
    final Browser browser = new Browser();

    TwoFactorWebIT(PayaraMicro server) {
        this.base = server.url();
        this.mailbox = new Mailbox(server.dataDir().resolve("mail"));
        this.db = PayaraMicro.Database.fromSystemProperties(server.dataDir());
    }

    /** A new account with its Decision Maker and an end user, each with a login and an email address. */
    private record Tenant(long accountId, String admin, String adminEmail, String user, String userEmail, long userLogin) {
    }

    @Test
    void theCodeFromTheEmailSignsInAndNothingOpensBeforeIt() throws Exception {
        Tenant t = newTenant();
        requireAccessCodes(t, true);

        browser.signIn(base, t.user(), PASSWORD);
        browser.waitForPage(base, CODE_PAGE);
        String sentTo = browser.find(By.id("codeSentTo")).getText();
        assertTrue(sentTo.contains(t.userEmail().charAt(0) + "***@example.com"), sentTo);
        assertTrue(browser.findAll(By.id("signedInAs")).isEmpty(), "not signed in after the password alone");

        // the password alone opens no protected page, neither My Phone nor the admin pages
        browser.open(base, "myphone/profile.xhtml");
        browser.waitForPage(base, "/login.xhtml");
        browser.open(base, "admin/users.xhtml");
        browser.waitForPage(base, "/login.xhtml");
        browser.open(base, "change-password.xhtml");
        browser.waitForPage(base, "/login.xhtml");

        MimeMessage mail = accessCodeMails(t.userEmail(), 1).get(0);
        String text = Mailbox.text(mail);
        assertEquals("Your OneNumber access code", Mailbox.subject(mail));
        assertTrue(text.contains("expires in 10 minutes"), text);
        assertTrue(text.contains("If this was not you, change your password"), text);
        String code = codeIn(mail);
        assertStoredOnlyAsHash(t.userLogin(), code);

        // at phone width, by keyboard: type the code and press Enter
        browser.driver().manage().window().setSize(new Dimension(375, 800));
        browser.open(base, CODE_PAGE);
        browser.waitForPage(base, CODE_PAGE);
        assertFalse((Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;"),
                "the access code page fits 375 px without scrolling sideways");
        WebElement field = browser.find(By.id("accessCode:code"));
        assertEquals(field, browser.driver().switchTo().activeElement(), "the code field has the focus");
        field.sendKeys(code, Keys.ENTER);
        browser.waitForPage(base, "/myphone/profile.xhtml");
        assertEquals("Eli Twofactor", browser.find(By.id("signedInAs")).getText());

        // the carrier's API and the account's admins over SOAP are not asked for a code
        ListUsers list = new ListUsers();
        list.setAccountId(t.accountId());
        assertEquals(2, new ProvisioningClient(base, t.admin(), PASSWORD).port().listUsers(list).getUser().size());
    }

    @Test
    void fiveWrongCodesBlockTheSignIn() throws Exception {
        Tenant t = newTenant();
        requireAccessCodes(t, true);

        browser.signIn(base, t.user(), PASSWORD);
        browser.waitForPage(base, CODE_PAGE);
        String code = codeIn(accessCodeMails(t.userEmail(), 1).get(0));
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        for (int attempt = 1; attempt <= 4; attempt++) {
            enterCode(wrong);
            String message = browser.messageBeside("accessCode:code");
            assertTrue(message.contains("not correct") && message.contains((5 - attempt) + (attempt == 4 ? " try" : " tries")),
                    "attempt " + attempt + ": " + message);
        }
        enterCode(wrong);
        String blocked = browser.messageBeside("accessCode:code");
        assertTrue(blocked.contains("Too many wrong codes") && blocked.contains("Sign in again with your password"), blocked);
        assertFalse(browser.find(By.id("accessCode:code")).isEnabled(), "no more codes for this sign-in");
        assertEquals(1, failedAttempts(t.userLogin()), "the blocked sign-in counts as one failed sign-in");

        // not even the right code now: the sign-in is over
        browser.open(base, CODE_PAGE);
        browser.waitForPage(base, "/login.xhtml");
        browser.open(base, "myphone/profile.xhtml");
        browser.waitForPage(base, "/login.xhtml");

        // a new sign-in with the password gets a new code, which works
        browser.signIn(base, t.user(), PASSWORD);
        browser.waitForPage(base, CODE_PAGE);
        enterCode(codeIn(accessCodeMails(t.userEmail(), 2).get(1)));
        browser.waitForPage(base, "/myphone/profile.xhtml");
        assertEquals(0, failedAttempts(t.userLogin()), "the right code clears the failures");
    }

    @Test
    void anExpiredCodeIsRefusedAndANewOneWorks() throws Exception {
        Tenant t = newTenant();
        requireAccessCodes(t, true);

        browser.signIn(base, t.admin(), PASSWORD);
        browser.waitForPage(base, CODE_PAGE);
        String code = codeIn(accessCodeMails(t.adminEmail(), 1).get(0));
        ageOpenCode(t.admin(), Duration.ofMinutes(11));

        enterCode(code);
        String expired = browser.messageBeside("accessCode:code");
        assertTrue(expired.contains("expired") && expired.contains("Send a new code"), expired);
        assertTrue(browser.findAll(By.id("signedInAs")).isEmpty());

        WebElement first = browser.find(By.id("accessCode:resend"));
        first.click();
        browser.awaitGone(first);
        assertTrue(browser.globalMessages().contains("A new access code is on its way"), browser.globalMessages());
        // at most one new code per 30 s
        WebElement resend = browser.find(By.id("accessCode:resend"));
        resend.click();
        browser.awaitGone(resend);
        String tooSoon = browser.messageBeside("accessCode:code");
        assertTrue(tooSoon.contains("ask again in"), tooSoon);

        String fresh = codeIn(accessCodeMails(t.adminEmail(), 2).get(1));
        if (!fresh.equals(code)) {
            enterCode(code);
            assertTrue(browser.messageBeside("accessCode:code").contains("not correct"), "the earlier code no longer works");
        }
        enterCode(fresh);
        browser.waitForPage(base, "/admin/home.xhtml");
        assertEquals("Dora Twofactor", browser.find(By.id("signedInAs")).getText(), "the header names the person");
    }

    @Test
    void withoutAccessCodesPeopleSignInAsBeforeAndTheSettingIsAudited() throws Exception {
        Tenant t = newTenant();
        requireAccessCodes(t, true);
        requireAccessCodes(t, false);
        assertEquals(List.of("{\"accessCodeRequired\":false} -> {\"accessCodeRequired\":true}",
                        "{\"accessCodeRequired\":true} -> {\"accessCodeRequired\":false}"), settingsAudit(t.accountId()),
                "each change in the trail with the old and new value");

        browser.signIn(base, t.user(), PASSWORD);
        browser.waitForPage(base, "/myphone/profile.xhtml");
        assertEquals("Eli Twofactor", browser.find(By.id("signedInAs")).getText());
        assertEquals(0, mailbox.messages().stream().filter(m -> Mailbox.to(m).stream().anyMatch(to -> to.contains(t.userEmail())))
                .filter(m -> "ACCESS_CODE".equals(Mailbox.header(m, "X-OneNumber-Kind"))).count(), "no code sent");
    }

    /**
     * A settings page left open saved the box as it showed it, so access codes another admin turned on meanwhile were
     * turned off again, unnoticed (Save with nothing touched did it). Now the save is refused beside the box and the
     * setting stays on.
     */
    @Test
    void aSettingsPageLeftOpenDoesNotTurnOffAccessCodesAnotherAdminTurnedOn() throws Exception {
        Tenant t = newTenant();
        browser.signIn(base, t.admin(), PASSWORD);
        browser.waitForPage(base, "/admin/home.xhtml");
        browser.open(base, "admin/account.xhtml");
        browser.waitForPage(base, "/admin/account.xhtml");
        assertFalse(browser.find(By.cssSelector("[id='settings:accessCodeRequired'] .ui-chkbox-box")).getAttribute("class")
                .contains("ui-state-active"), "the page shows access codes off");

        sql("update account set access_code_required = true where id = ?", t.accountId()); // another admin, meanwhile

        WebElement save = browser.find(By.id("settings:save"));
        save.click();
        browser.awaitGone(save);
        String beside = browser.find(By.cssSelector("[id='settings'] .ui-message")).getText();
        assertTrue(beside.contains("Nothing was saved") && beside.contains("now required"), beside);
        assertFalse(browser.globalMessages().contains("Sign-in settings saved"), browser.globalMessages());
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "select access_code_required from account where id = ?")) {
            ps.setLong(1, t.accountId());
            try (ResultSet r = ps.executeQuery()) {
                assertTrue(r.next() && r.getBoolean(1), "access codes stay required");
            }
        }
    }

    @Test
    void withoutAnEmailAddressTheSignInIsRefusedWithWhatToDo() throws Exception {
        Tenant t = newTenant();
        requireAccessCodes(t, true);
        sql("update app_user set email = '' where id = (select user_id from login where id = ?)", t.userLogin());

        browser.signIn(base, t.user(), PASSWORD);
        browser.waitForPage(base, "/login.xhtml");
        assertTrue(browser.globalMessages().contains("Ask your administrator to add your email address"),
                browser.globalMessages());
        browser.open(base, "myphone/profile.xhtml");
        browser.waitForPage(base, "/login.xhtml");

        // a wrong password still gets the one answer for every failure
        browser.signIn(base, t.user(), "Wrong-password-1");
        browser.waitForPage(base, "/login.xhtml");
        assertTrue(browser.globalMessages().contains("The username or password is not correct"), browser.globalMessages());
    }

    // --- the account's setting, through the admin page -------------------------------------------------

    /** The account's Decision Maker turns access codes on or off on Account settings (signing in as the account asks). */
    private void requireAccessCodes(Tenant t, boolean required) throws Exception {
        int codesBefore = countAccessCodeMails(t.adminEmail());
        browser.signIn(base, t.admin(), PASSWORD);
        if (browser.page(base).equals(CODE_PAGE)) {
            enterCode(codeIn(accessCodeMails(t.adminEmail(), codesBefore + 1).get(codesBefore)));
        }
        browser.waitForPage(base, "/admin/home.xhtml");
        browser.open(base, "admin/account.xhtml");
        browser.waitForPage(base, "/admin/account.xhtml");
        WebElement box = browser.find(By.cssSelector("[id='settings:accessCodeRequired'] .ui-chkbox-box"));
        if (box.getAttribute("class").contains("ui-state-active") != required) {
            box.click();
        }
        WebElement save = browser.find(By.id("settings:save"));
        save.click();
        browser.awaitGone(save);
        assertTrue(browser.globalMessages().contains("Sign-in settings saved"), browser.globalMessages());
        WebElement logout = browser.find(By.id("session:logout"));
        logout.click();
        browser.waitForPage(base, "/login.xhtml");
    }

    private void enterCode(String code) {
        browser.type(By.id("accessCode:code"), code);
        WebElement submit = browser.find(By.id("accessCode:submit"));
        submit.click();
        browser.awaitGone(submit);
    }

    // --- email -------------------------------------------------------------------------------------------

    /** Waits until {@code count} access code emails reached {@code email}; returns them, oldest first. */
    private List<MimeMessage> accessCodeMails(String email, int count) {
        return mailbox.awaitMessages(m -> Mailbox.to(m).stream().anyMatch(to -> to.contains(email)) && "ACCESS_CODE".equals(Mailbox.header(m, "X-OneNumber-Kind")),
                count, MAIL_WAIT);
    }

    private int countAccessCodeMails(String email) {
        return (int) mailbox.messages().stream().filter(m -> Mailbox.to(m).stream().anyMatch(to -> to.contains(email)))
                .filter(m -> "ACCESS_CODE".equals(Mailbox.header(m, "X-OneNumber-Kind"))).count();
    }

    private static String codeIn(MimeMessage mail) {
        Matcher matcher = CODE.matcher(Mailbox.text(mail));
        assertTrue(matcher.find(), "no code in: " + Mailbox.text(mail));
        return matcher.group(1);
    }

    // --- the account and its logins ----------------------------------------------------------------------

    private Tenant newTenant() throws Exception {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        ProvisioningClient acme = ProvisioningClient.acme(base);
        TestAccounts.Made made = TestAccounts.create(acme.port(), "Two-factor " + tag, 0);
        long accountId = made.accountId();
        long siteId = made.siteId();
        String adminEmail = "dora-" + tag + "@example.com";
        String userEmail = "eli-" + tag + "@example.com";
        long adminUser = addUser(acme, accountId, siteId, "Dora", adminEmail, "3001");
        long endUser = addUser(acme, accountId, siteId, "Eli", userEmail, "3002");
        String admin = "dm-" + tag;
        String user = "eli-" + tag;
        login(admin, accountId, adminUser, "DECISION_MAKER");
        long userLogin = login(user, accountId, endUser, "END_USER");
        return new Tenant(accountId, admin, adminEmail, user, userEmail, userLogin);
    }

    private static long addUser(ProvisioningClient acme, long accountId, long siteId, String first, String email, String extension)
            throws Exception {
        AddUser add = new AddUser();
        add.setAccountId(accountId);
        add.setSiteId(siteId);
        add.setFirstName(first);
        add.setLastName("Twofactor");
        add.setEmail(email);
        add.setExtension(extension);
        add.setProfileType(ProfileType.PREMIER);
        return acme.port().addUser(add).getUser().getUserId();
    }

    /** A login like the demo data's, with the demo Decision Maker's password; returns its id. */
    private long login(String username, long accountId, long userId, String role) throws SQLException {
        return new WebLogins(db).add(username, accountId, userId, role);
    }

    // --- the database ------------------------------------------------------------------------------------

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, ps.executeUpdate(), statement);
        }
    }

    /** Moves the login's open code back in time, as if it had been sent {@code ago}. */
    private void ageOpenCode(String username, Duration ago) throws SQLException {
        LocalDateTime sent = LocalDateTime.now(ZoneOffset.UTC).minus(ago);
        sql("update access_code set sent_at = ?, expires_at = ? where state = 'OPEN'"
                        + " and login_id = (select id from login where username = ?)",
                Timestamp.valueOf(sent), Timestamp.valueOf(sent.plusMinutes(10)), username);
    }

    private void assertStoredOnlyAsHash(long loginId, String code) throws SQLException {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("select code_hash from access_code where login_id = ?")) {
            ps.setLong(1, loginId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "a code row for the sign-in");
                String stored = rs.getString(1);
                assertFalse(stored.contains(code), "the code is stored as a hash only: " + stored);
            }
        }
    }

    private int failedAttempts(long loginId) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("select failed_attempts from login where id = ?")) {
            ps.setLong(1, loginId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getInt(1);
            }
        }
    }

    /** The account's sign-in setting changes in the trail, "before -> after", oldest first. */
    private List<String> settingsAudit(long accountId) throws SQLException {
        List<String> changes = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("select before_state, after_state from audit_entry"
                + " where account_id = ? and action = 'SIGN_IN_SETTINGS' order by id")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(rs.getString(1) + " -> " + rs.getString(2));
                }
            }
        }
        return changes;
    }
}
