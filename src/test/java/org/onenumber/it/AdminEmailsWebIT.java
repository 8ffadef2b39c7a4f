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
import org.onenumber.client.ActivateMobility;
import org.onenumber.client.AddUser;
import org.onenumber.client.AssignOfficeAnywhere;
import org.onenumber.client.EnableMobilityUser;
import org.onenumber.client.GetMobilitySettings;
import org.onenumber.client.MobilitySettings;
import org.onenumber.client.ModifyMobilitySettings;
import org.onenumber.client.ProfileType;
import org.onenumber.client.SetLicenseQuantity;
import org.onenumber.client.ShareLicense;
import org.onenumber.notify.Mailbox;
import org.onenumber.testsupport.TestAccounts;
import org.onenumber.testsupport.AnywhereClient;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * Sharing and Mobility users as one story, and the emails the admin pages send, in headless Chromium: a client shared
 * on Devices puts its user on the Mobility users page with what remains to do; the share search says why a user is
 * not offered; completing activation and support's settings edits say how many users get an email before Yes, and
 * exactly that many arrive, one each; the welcome email's settings set on the page are those SOAP reads, and back.
 *
 * <p>Each test makes its own account over SOAP (users with addresses of its own) and works in it as carrier support,
 * who opens the account from the account list, so no other test's users or emails are counted.
 */
@ExtendWith(SharedServer.class)
class AdminEmailsWebIT {

    private static final String ACCOUNTS = "/admin/support/accounts.xhtml";
    private static final String DEVICES = "/admin/devices.xhtml";
    private static final String MOBILITY = "/admin/mobility.xhtml";
    private static final String ADDONS = "/admin/addons.xhtml";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    /** How long a test keeps watching the mail sink for an email that must not come. */
    private static final long QUIET_MILLIS = 4_000;

    private final URL base;
    private final Mailbox mailbox;
    private final ProvisioningClient acme;
    private final MobilityClient mobility;

    @RegisterExtension
    final Browser browser = new Browser();

    AdminEmailsWebIT(PayaraMicro server) {
        this.base = server.url();
        this.mailbox = new Mailbox(server.dataDir().resolve("mail"));
        this.acme = ProvisioningClient.acme(base);
        this.mobility = MobilityClient.acme(base);
    }

    /** An account made for one test: its id, name and users (ids and email addresses in the order asked for). */
    private record TestAccount(long id, String name, List<Long> userIds, List<String> emails) {
    }

    @Test
    void aClientSharedOnDevicesPutsTheUserOnMobilityUsersWithWhatRemainsToDo() throws Exception {
        TestAccount account = account("Share", List.of("Hana Ito"), List.of(ProfileType.ESSENTIALS));
        MobilityAccounts.activate(mobility, account.id(), 1);
        supportOpens(account);

        open(DEVICES);
        browser.type(By.id("sharing:search"), "Ito");
        waitUntil(() -> browser.find(By.id("sharing:userId_label")).getText().startsWith("Hana Ito"), "Hana Ito offered");
        browser.find(By.id("sharing:share")).click();
        waitUntil(() -> browser.globalMessages().contains("The mobile client is shared."), "shared");
        mailbox.awaitMessageTo(account.emails().get(0), kind("WELCOME"), MAIL_WAIT);

        open(MOBILITY);
        List<String> row = awaitRow("Hana Ito", cells -> cells.get(8).contains("Not a mobility user"));
        browser.screenshot("mobility-users-client-holder.png");
        assertTrue(row.get(6).matches("FEBC\\d{8}"), "the shared client shows: " + row);
        assertEquals("", row.get(3), "no mobility extension yet: " + row);
        assertTrue(row.get(8).contains("enable Mobility with a mobility extension"), "what remains: " + row);

        // the row's menu enables her with the client she holds
        browser.find(By.id("mobility:table:0:rowMenu_button")).click();
        clickVisible(By.id("mobility:table:0:rowUpdate"));
        waitUntil(() -> browser.find(By.id("update:enableHint")).getText().contains("enables Mobility"), "the dialog enables");
        browser.type(By.id("update:mobilityExtension"), "7401");
        browser.find(By.id("update:ok")).click();
        row = awaitRow("Hana Ito", cells -> cells.get(3).equals("7401"));
        assertFalse(row.get(8).contains("Not a mobility user"), "what remains: " + row);
        assertTrue(row.get(8).contains("turns on the Mobile App in My Phone"), "what remains: " + row);
        mailbox.awaitMessageTo(account.emails().get(0), kind("PROVISIONING"), MAIL_WAIT);
        quiet();
        assertEquals(1, count(account.emails().get(0), "WELCOME"), "one welcome email: the client was not shared again");
    }

    @Test
    void theShareSearchSaysWhyAUserIsNotOffered() throws Exception {
        TestAccount account = account("Search", List.of("Basil Quill", "Cora Quill", "Dora Quill", "Emil Quill"),
                List.of(ProfileType.BASIC, ProfileType.ESSENTIALS, ProfileType.PREMIER, ProfileType.ESSENTIALS));
        MobilityAccounts.activate(mobility, account.id(), 2);
        enable(account.userIds().get(1), "7402");
        AssignOfficeAnywhere anywhere = new AssignOfficeAnywhere();
        anywhere.setUserId(account.userIds().get(3));
        AnywhereClient.acme(base).port().assignOfficeAnywhere(anywhere);
        supportOpens(account);

        open(DEVICES);
        browser.type(By.id("sharing:search"), "Quill");
        waitUntil(() -> browser.ajaxIdle() && !browser.findAll(By.id("notOfferedUsers")).isEmpty(), "the users not offered");
        String notOffered = browser.find(By.id("notOfferedUsers")).getText();
        browser.screenshot("share-search-not-offered.png");
        assertTrue(notOffered.contains("Basil Quill (2001) has the Basic phone profile, which does not include mobility."),
                notOffered);
        assertTrue(notOffered.matches("(?s).*Cora Quill \\(2002\\) already holds FEBC\\d{8} \\(1 mobile client per user\\)\\..*"),
                notOffered);
        assertTrue(notOffered.contains("Emil Quill (2004) is an Office Anywhere user: Mobility or Office Anywhere, not both."),
                notOffered);
        assertFalse(notOffered.contains("Dora Quill"), notOffered);
        assertTrue(browser.find(By.id("sharing:userId_label")).getText().startsWith("Dora Quill"), "Dora is offered");
    }

    @Test
    void theToDoColumnSortsUsersByHowFarTheyAreFromReady() throws Exception {
        // by name Ada, Bo, Cy; by what remains Bo (only holds a client) comes before the two mobility users
        TestAccount account = account("ToDo", List.of("Ada Sorter", "Bo Sorter", "Cy Sorter"),
                List.of(ProfileType.ESSENTIALS, ProfileType.ESSENTIALS, ProfileType.ESSENTIALS));
        MobilityAccounts.activate(mobility, account.id(), 3);
        enable(account.userIds().get(0), "7411");
        ShareLicense share = new ShareLicense();
        share.setUserId(account.userIds().get(1));
        mobility.port().shareLicense(share);
        enable(account.userIds().get(2), "7413");
        supportOpens(account);

        open(MOBILITY);
        awaitRow("Bo Sorter", cells -> cells.get(8).contains("Not a mobility user"));
        assertEquals(List.of("Ada Sorter", "Bo Sorter", "Cy Sorter"), names(), "by name first");
        sortByToDo();
        assertEquals("Bo Sorter", names().get(0), "ascending: the user furthest from ready first");
        sortByToDo();
        assertEquals("Bo Sorter", names().get(2), "descending: the user furthest from ready last");
    }

    /** Clicks the To do header and waits for the table's answer. */
    private void sortByToDo() {
        String before = browser.find(By.id("mobility:table:remainingColumn")).getAttribute("aria-sort");
        browser.find(By.id("mobility:table:remainingColumn")).click();
        waitUntil(() -> browser.ajaxIdle() && !java.util.Objects.equals(before,
                browser.find(By.id("mobility:table:remainingColumn")).getAttribute("aria-sort")), "the table sorted by To do");
    }

    private List<String> names() {
        return browser.findAll(By.cssSelector("[id='mobility:table_data'] tr td:first-child")).stream()
                .map(td -> td.getText().trim()).toList();
    }

    @Test
    void completingActivationSaysWhoGetsTheProvisioningEmailAndSendsEachUserExactlyThat() throws Exception {
        TestAccount account = account("Complete", List.of("Eve Lark", "Finn Lark"),
                List.of(ProfileType.ESSENTIALS, ProfileType.ELITE));
        ActivateMobility activate = new ActivateMobility();
        activate.setAccountId(account.id());
        activate.setPurchaseConfirmed(true);
        MobilitySettings notify = new MobilitySettings();
        notify.setSendEmailNotification(true);
        activate.setSettings(notify);
        mobility.port().activateMobility(activate);
        SetLicenseQuantity licenses = new SetLicenseQuantity();
        licenses.setAccountId(account.id());
        licenses.setQuantity(2);
        mobility.port().setLicenseQuantity(licenses);
        enable(account.userIds().get(0), "7403");
        enable(account.userIds().get(1), "7404");

        browser.signInTo(base, "support", "Support-2026", ACCOUNTS);
        String row = browser.supportAccountRow(account.name());
        mobilityAction(row, "a.complete-activation");
        browser.find(By.id("supportSettings:ok"));
        browser.choose("supportSettings:mobilityRouter", "SMR1");
        browser.type(By.id("supportSettings:groupName"), "Lark Group");
        browser.find(By.id("supportSettings:ok")).click();
        String question = confirm("Complete Mobility activation for " + account.name() + "?");
        assertTrue(question.contains("2 mobility users get their provisioning email"), question);
        assertFalse(question.contains("settings changed"), question);
        waitUntil(() -> browser.find(By.xpath(row + "/td[4]")).getText().equals("Active SMR1"), "Active with SMR1");

        for (String email : account.emails()) {
            mailbox.awaitMessageTo(email, kind("PROVISIONING"), MAIL_WAIT);
        }
        quiet();
        for (String email : account.emails()) {
            assertEquals(1, count(email, "PROVISIONING"), email);
            assertEquals(0, count(email, "SETTINGS_CHANGED"), email + ": the provisioning email carries the settings");
            assertEquals(1, count(email, "WELCOME"), email);
        }
    }

    @Test
    void supportsGroupNameEditSaysHowManyUsersGetAnEmailAndThatManyArrive() throws Exception {
        TestAccount account = account("Group", List.of("Gus Moor", "Hal Moor", "Ida Moor"),
                List.of(ProfileType.ESSENTIALS, ProfileType.ESSENTIALS, ProfileType.BASIC));
        MobilityAccounts.activate(mobility, account.id(), 2);
        enable(account.userIds().get(0), "7405");
        enable(account.userIds().get(1), "7406");
        ModifyMobilitySettings modify = new ModifyMobilitySettings();
        modify.setAccountId(account.id());
        MobilitySettings notify = new MobilitySettings();
        notify.setSendEmailNotification(true);
        modify.setSettings(notify);
        mobility.port().modifyMobilitySettings(modify);

        browser.signInTo(base, "support", "Support-2026", ACCOUNTS);
        String row = browser.supportAccountRow(account.name());
        mobilityAction(row, "a.edit-settings");
        browser.type(By.id("supportSettings:groupName"), "Moor Renamed");
        browser.find(By.id("supportSettings:ok")).click();
        String question = confirm("Save the Mobility settings of " + account.name() + "?");
        browser.screenshot("support-group-name-question.png");
        assertTrue(question.contains("2 mobility users get an email saying the Mobility settings changed"), question);
        waitUntil(() -> browser.ajaxIdle() && !browser.driver().findElement(By.id("supportSettingsDialog")).isDisplayed(),
                "the dialog closes");

        for (String email : account.emails().subList(0, 2)) {
            mailbox.awaitMessageTo(email, kind("SETTINGS_CHANGED"), MAIL_WAIT);
        }
        quiet();
        int sent = 0;
        for (String email : account.emails()) {
            sent += count(email, "SETTINGS_CHANGED");
        }
        assertEquals(2, sent, "as many emails as the question said, one per mobility user");

        // a change that emails nobody asks nothing
        mobilityAction(row, "a.edit-settings");
        browser.type(By.id("supportSettings:voicemailAccessNumber"), "abc");
        browser.find(By.id("supportSettings:ok")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.messageBeside("supportSettings:voicemailAccessNumber").contains("3 to 15 digits"),
                "the bad number is refused beside its field, before any question");
        assertTrue(browser.findAll(By.cssSelector(".ui-confirm-dialog")).stream().noneMatch(WebElement::isDisplayed));
    }

    @Test
    void welcomeEmailSettingsAndClientsPerUserSavedOnThePageAreWhatSoapReadsAndBack() throws Exception {
        TestAccount account = account("Welcome", List.of("Jo Reed"), List.of(ProfileType.ESSENTIALS));
        MobilityAccounts.activate(mobility, account.id(), 1);
        supportOpens(account);

        open(ADDONS);
        openSettings();
        assertEquals("Your mobile app is ready", browser.find(By.id("settings:welcomeSubject")).getAttribute("value"),
                "the default subject shows");
        browser.type(By.id("settings:welcomeSubject"), "x".repeat(201));
        browser.find(By.id("settings:ok")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.messageBeside("settings:welcomeSubject").contains("at most 200 characters"),
                "the long subject refused beside its field, as over SOAP");

        browser.type(By.id("settings:welcomeSubject"), "Welcome aboard, {firstName}");
        browser.type(By.id("settings:welcomeTemplate"), "Hello {firstName}, your app user name is {clientUserName}.");
        browser.find(By.cssSelector("[id='settings:welcomeEmailEnabled'] .ui-chkbox-box")).click();
        browser.find(By.id("settings:maxClientsPerUser")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        browser.find(By.id("settings:ok")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("The Mobility settings are saved."), "saved");

        GetMobilitySettings get = new GetMobilitySettings();
        get.setAccountId(account.id());
        MobilitySettings read = mobility.port().getMobilitySettings(get).getMobility().getSettings();
        assertEquals("Welcome aboard, {firstName}", read.getWelcomeSubject());
        assertEquals("Hello {firstName}, your app user name is {clientUserName}.", read.getWelcomeTemplate());
        assertEquals(Boolean.FALSE, read.isWelcomeEmailEnabled());
        assertEquals(Integer.valueOf(2), read.getMaxClientsPerUser());

        ModifyMobilitySettings modify = new ModifyMobilitySettings();
        modify.setAccountId(account.id());
        MobilitySettings change = new MobilitySettings();
        change.setWelcomeSubject("Set over SOAP");
        change.setWelcomeEmailEnabled(true);
        modify.setSettings(change);
        mobility.port().modifyMobilitySettings(modify);

        open(ADDONS);
        openSettings();
        assertEquals("Set over SOAP", browser.find(By.id("settings:welcomeSubject")).getAttribute("value"));
        assertTrue(browser.find(By.cssSelector("[id='settings:welcomeEmailEnabled'] .ui-chkbox-box")).getAttribute("class")
                .contains("ui-state-active"), "the welcome email is on again");
        assertEquals("2", browser.find(By.id("settings:maxClientsPerUser")).getAttribute("value"));
    }

    // --- the account ----------------------------------------------------------------------------

    /** A new account of the demo carrier with a site, a number per user and the users (extensions 2001, 2002, ...). */
    private TestAccount account(String purpose, List<String> names, List<ProfileType> profiles) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.Made made = TestAccounts.create(acme.port(), "Emails " + purpose + " " + tag, names.size());
        long accountId = made.accountId();
        long siteId = made.siteId();
        List<String> free = made.numbers();
        List<Long> ids = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String[] name = names.get(i).split(" ");
            AddUser add = new AddUser();
            add.setAccountId(accountId);
            add.setSiteId(siteId);
            add.setFirstName(name[0]);
            add.setLastName(name[1]);
            String email = (name[0] + "." + tag + "@example.com").toLowerCase(java.util.Locale.ROOT);
            add.setEmail(email);
            add.setExtension(String.valueOf(2001 + i));
            add.setBusinessNumber(free.get(i));
            add.setProfileType(profiles.get(i));
            ids.add(acme.port().addUser(add).getUser().getUserId());
            emails.add(email);
        }
        return new TestAccount(accountId, made.name(), ids, emails);
    }

    private void enable(long userId, String mobilityExtension) throws Exception {
        EnableMobilityUser enable = new EnableMobilityUser();
        enable.setUserId(userId);
        enable.setMobilityExtension(mobilityExtension);
        mobility.port().enableMobilityUser(enable);
    }

    // --- the mail sink --------------------------------------------------------------------------

    private static java.util.function.Predicate<jakarta.mail.internet.MimeMessage> kind(String kind) {
        return m -> kind.equals(Mailbox.header(m, "X-OneNumber-Kind"));
    }

    /** How many emails of {@code kind} the sink received for {@code email}. */
    private long count(String email, String kind) {
        return mailbox.messages().stream()
                .filter(m -> Mailbox.to(m).stream().anyMatch(to -> to.contains(email)) && kind(kind).test(m)).count();
    }

    /** Gives an email that should not be sent the time to arrive if it was: the dispatcher sends within a second. */
    private static void quiet() throws InterruptedException {
        Thread.sleep(QUIET_MILLIS);
    }

    // --- the pages ------------------------------------------------------------------------------

    /** Support signs in and opens the account from the account list. */
    private void supportOpens(TestAccount account) {
        browser.signInTo(base, "support", "Support-2026", ACCOUNTS);
        String row = browser.supportAccountRow(account.name());
        browser.find(By.xpath(row + "//button[contains(@class, 'open-account')]")).click();
        browser.waitForPage(base, "/admin/users.xhtml");
    }

    private void open(String page) {
        browser.open(base, page);
        browser.waitForPage(base, page);
    }

    private void openSettings() {
        browser.find(By.id("addons:openSettings")).click();
        browser.find(By.id("settings:ok"));
        waitUntil(browser::ajaxIdle, "the settings dialog loaded");
    }

    private void mobilityAction(String row, String item) {
        browser.find(By.xpath(row + "//*[contains(@class, 'mobility-actions')]//button")).click();
        clickVisible(By.cssSelector(item));
        waitUntil(browser::ajaxIdle, "the dialog loaded");
    }

    /** The cells of the Mobility users table's row of {@code name}, once they satisfy {@code expected}. */
    @SuppressWarnings("unchecked")
    private List<String> awaitRow(String name, java.util.function.Predicate<List<String>> expected) {
        List<List<String>> last = new ArrayList<>();
        try {
            return browser.waiting().until(d -> {
                if (!browser.ajaxIdle()) {
                    return null;
                }
                List<List<String>> rows = (List<List<String>>) ((JavascriptExecutor) d).executeScript(
                        "var body = document.getElementById('mobility:table_data');"
                                + "return body ? Array.from(body.rows).map(function (r) {"
                                + "  return Array.from(r.cells).map(function (c) { return c.innerText.trim(); }); }) : [];");
                last.clear();
                last.addAll(rows);
                return rows.stream().filter(r -> r.size() > 8 && r.get(0).equals(name) && expected.test(r)).findFirst()
                        .orElse(null);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the Mobility users table shows " + last, e);
        }
    }

    /** Checks what the confirmation asks, answers Yes and returns the question. */
    private String confirm(String question) {
        WebElement yes = browser.find(By.id("confirmation:yes"));
        String message = browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")).getText();
        assertTrue(message.contains(question), message);
        yes.click();
        waitUntil(browser::ajaxIdle, "the confirmed request");
        return message;
    }

    private void clickVisible(By by) {
        browser.waiting().until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
    }

    private void waitUntil(BooleanSupplier condition, String description) {
        try {
            browser.waiting().withMessage(description).until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("waited for: " + description, e);
        }
    }
}
