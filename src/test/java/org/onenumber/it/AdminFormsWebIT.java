package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.AddAccount;
import org.onenumber.client.AddSite;
import org.onenumber.client.AddUser;
import org.onenumber.client.GetUser;
import org.onenumber.client.ListAccounts;
import org.onenumber.client.ListUsers;
import org.onenumber.client.OneNumberFault;
import org.onenumber.client.ProfileType;
import org.onenumber.client.User;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * The admin forms as a person fills them in, in headless Chromium: required fields are marked, every field's
 * complaint shows at once beside its field (and as the user leaves a field), a saved change says so, a bad address
 * says what is wrong instead of opening another page, a user can be deleted after a confirmation that says what goes
 * with them, and each refusal leaves the data as it was (read back after a reload or over SOAP).
 */
@ExtendWith(SharedServer.class)
class AdminFormsWebIT {

    private static final String USERS = "/admin/users.xhtml";
    private static final String USER = "/admin/user.xhtml";
    private static final String ACCOUNTS = "/admin/support/accounts.xhtml";
    private static final String MOBILITY = "/admin/mobility.xhtml";
    private static final String ROUTERS = "/admin/support/routers.xhtml";
    private static final String OFFICE_ANYWHERE = "/admin/office-anywhere.xhtml";
    private static final String CALL_TIMERS = "/admin/call-timers.xhtml";

    private final PayaraMicro server;
    private final URL base;
    private final ProvisioningClient acme;

    @RegisterExtension
    final Browser browser = new Browser();

    AdminFormsWebIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
        this.acme = ProvisioningClient.acme(base);
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** An extension no demo user has and no other test run is likely to pick. */
    private static String freeExtension() {
        return "6" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
    }

    // --- Add user / Edit user ----------------------------------------------------------------------

    @Test
    void addUserMarksItsRequiredFieldsAndShowsEveryMissingOneBesideItAtOnce() {
        signIn("dm", "Decision-2026", USERS);
        openPage(USER);
        assertEquals("Add user", browser.find(By.tagName("h1")).getText());
        for (String field : List.of("firstName", "lastName", "email", "extension")) {
            assertEquals("true", browser.find(By.id("user:" + field)).getAttribute("aria-required"), field);
        }
        for (String field : List.of("firstName", "lastName", "email", "siteId", "extension")) {
            assertFalse(browser.findAll(By.cssSelector("label[for^='user:" + field + "'] .ui-outputlabel-rfi")).isEmpty(),
                    field + " is marked as required");
        }
        assertTrue(browser.findAll(By.cssSelector("label[for^='user:businessNumber'] .ui-outputlabel-rfi")).isEmpty(),
                "an optional field is not marked");

        save();
        browser.waitForPage(base, USER);
        assertEquals("A first name is required.", browser.messageBeside("user:firstName"));
        assertEquals("A last name is required.", browser.messageBeside("user:lastName"));
        assertEquals("An email address is required.", browser.messageBeside("user:email"));
        assertEquals("A site is required.", browser.messageBeside("user:siteId"));
        assertEquals("An extension is required.", browser.messageBeside("user:extension"));
        assertEquals("", browser.messageBeside("user:businessNumber"), "no message for an optional field left empty");
    }

    @Test
    void aFieldIsCheckedAsTheUserLeavesIt() {
        signIn("dm", "Decision-2026", USERS);
        openPage(USER);
        browser.find(By.id("user:email")).sendKeys("not-an-email", Keys.TAB);
        waitUntil(() -> browser.ajaxIdle() && browser.messageBeside("user:email").contains("such as ann@example.com"),
                "the email refused as the user leaves the field");
        assertEquals("", browser.messageBeside("user:lastName"), "a field not yet visited has no message");
        browser.type(By.id("user:email"), "ann@example.com");
        browser.find(By.id("user:email")).sendKeys(Keys.TAB);
        waitUntil(() -> browser.ajaxIdle() && browser.messageBeside("user:email").isEmpty(), "the message gone once it is right");
    }

    @Test
    void addUserRefusesADuplicateEmailAndAnEmptyLastNameBesideTheirFieldsAndCreatesNobody() throws Exception {
        signIn("dm", "Decision-2026", USERS);
        openPage(USER);
        String firstName = "Dupmail" + unique();
        browser.type(By.id("user:firstName"), firstName);
        browser.type(By.id("user:email"), "Elena.Petrova@GLOBEX.example");
        browser.choose("user:siteId", "Headquarters");
        browser.type(By.id("user:extension"), freeExtension());
        save();

        browser.waitForPage(base, USER);
        assertEquals("A last name is required.", browser.messageBeside("user:lastName"));
        String email = browser.messageBeside("user:email");
        assertTrue(email.contains("Elena Petrova"), "the message names who has the address: " + email);
        assertEquals("", browser.messageBeside("user:extension"), "no message for a field that is fine");
        assertTrue(globexUsers(firstName).isEmpty(), "nobody was created");
    }

    @Test
    void anEditSaysItIsSavedAndAnEmptiedLastNameIsRefusedWithoutChangingTheUser() throws Exception {
        Plain account = plainAccount();
        openAccountAsSupport(account.name());
        openPage(USER + "?id=" + account.userId());
        assertEquals("Edit user", browser.find(By.tagName("h1")).getText());

        browser.type(By.id("user:lastName"), "");
        save();
        browser.waitForPage(base, USER);
        assertEquals("A last name is required.", browser.messageBeside("user:lastName"));
        openPage(USER + "?id=" + account.userId());
        assertEquals("Amsel", browser.find(By.id("user:lastName")).getAttribute("value"), "read back after a reload");
        assertEquals("Amsel", user(account.userId()).getLastName(), "and over SOAP");

        browser.type(By.id("user:firstName"), "Wilma");
        save();
        browser.waitForPage(base, USERS);
        assertTrue(browser.globalMessages().contains("Wilma Amsel is saved."), browser.globalMessages());
        assertEquals("Wilma", user(account.userId()).getFirstName());
    }

    /**
     * A save that meets the user's record held by other work past the lock timeout (10 s) says so above the form,
     * keeps what was typed and changes nothing; saved again once the record is let go, it goes through. Before, the
     * page gave way to the error page and what was typed was gone.
     */
    @Test
    void anEditMeetingTheUserHeldByOtherWorkKeepsWhatWasTypedAndSavesOnceLetGo() throws Exception {
        Plain account = plainAccount();
        String before = user(account.userId()).getFirstName();
        openAccountAsSupport(account.name());
        openPage(USER + "?id=" + account.userId());
        browser.type(By.id("user:firstName"), "Heldback");
        try (java.sql.Connection db = PayaraMicro.Database.fromSystemProperties(server.dataDir()).connect()) {
            db.setAutoCommit(false);
            try (java.sql.PreparedStatement hold = db.prepareStatement("select id from app_user where id = ? for update")) {
                hold.setLong(1, account.userId());
                hold.executeQuery().close();
            }
            try {
                save();
                browser.waitForPage(base, USER);
                assertTrue(browser.globalMessages().contains("Nothing was saved: other work was changing these records"),
                        browser.globalMessages());
                assertEquals("Heldback", browser.find(By.id("user:firstName")).getAttribute("value"), "what was typed stays");
            } finally {
                db.rollback();
            }
        }
        assertEquals(before, user(account.userId()).getFirstName(), "nothing changed");
        save();
        browser.waitForPage(base, USERS);
        assertTrue(browser.globalMessages().contains("Heldback Amsel is saved."), browser.globalMessages());
        assertEquals("Heldback", user(account.userId()).getFirstName());
    }

    @Test
    void anAddressNamingNoUserOfTheAccountSaysSoAndShowsNoForm() throws Exception {
        Plain other = plainAccount();
        signIn("dm", "Decision-2026", USERS);
        for (String id : List.of("abc", "-4", "999999999", String.valueOf(other.userId()))) {
            openPage(USER + "?id=" + id);
            String messages = browser.globalMessages();
            assertTrue(messages.contains(id.equals("abc") || id.equals("-4") ? "names no user" : "not found"), id + ": " + messages);
            assertTrue(browser.findAll(By.id("user")).isEmpty(), id + ": no form");
            assertFalse(browser.find(By.tagName("h1")).getText().contains("Add user"), id + ": not the Add user page");
            assertFalse(browser.driver().getPageSource().contains("Amsel"), "nothing of another account's user shows");
            assertFalse(browser.findAll(By.linkText("Back to the users")).isEmpty(), "a way back");
        }
    }

    // --- deleting a user ---------------------------------------------------------------------------

    @Test
    void aDeleteSaysWhatGoesWithTheUserAndRemovesThem() throws Exception {
        MobilityAccounts.Account account = MobilityAccounts.on(server).create(1);
        long userId = account.userIds().get(0);
        openAccountAsSupport(account.name());
        openPage(USER + "?id=" + userId);
        browser.find(By.id("remove:delete")).click();
        WebElement yes = browser.find(By.id("confirmation:yes"));
        String question = browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")).getText();
        for (String part : List.of("Delete Dana Scully 0", "extension 2001", "business number", "mobility extension 7001",
                "1 mobile client license", "cannot be undone")) {
            assertTrue(question.contains(part), "the confirmation says '" + part + "': " + question);
        }
        yes.click();
        browser.waitForPage(base, USERS);
        assertTrue(browser.globalMessages().contains("Dana Scully 0 is deleted."), browser.globalMessages());
        OneNumberFault gone = org.junit.jupiter.api.Assertions.assertThrows(OneNumberFault.class, () -> user(userId));
        assertEquals("NOT_FOUND", gone.getFaultInfo().getCode().toString());
    }

    @Test
    void aPhoneManagerCannotDeleteADecisionMakerAndNobodyDeletesTheirOwnUser() throws Exception {
        long bob = globexUsers("Martinez").get(0).getUserId(); // dm's own user
        signIn("pm", "Manager-2026", USERS);
        refusedDelete(bob, "A Phone Manager cannot delete a Decision Maker");
        signOut();
        signIn("dm", "Decision-2026", USERS);
        refusedDelete(bob, "You cannot delete your own user");
        assertEquals("Martinez", user(bob).getLastName(), "Bob Martinez is still there");
    }

    private void refusedDelete(long userId, String expected) {
        openPage(USER + "?id=" + userId);
        browser.find(By.id("remove:delete")).click();
        browser.find(By.id("confirmation:yes")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains(expected), "refused: " + expected);
        openPage(USER + "?id=" + userId);
        assertEquals("Martinez", browser.find(By.id("user:lastName")).getAttribute("value"), "read back after a reload");
    }

    // --- Mobility ----------------------------------------------------------------------------------

    @Test
    void anEmptyMobilityExtensionIsRefusedBesideTheFieldAndChangesNothing() throws Exception {
        MobilityAccounts.Account account = MobilityAccounts.on(server).create(1);
        openAccountAsSupport(account.name());
        openPage(MOBILITY);
        waitUntil(() -> mobilityExtensionShown().equals("7001"), "Dana's mobility extension");
        browser.find(By.id("mobility:table:0:rowMenu_button")).click();
        clickVisible(By.id("mobility:table:0:rowUpdate"));
        browser.find(By.id("update:ok"));
        assertEquals("true", browser.find(By.id("update:mobilityExtension")).getAttribute("aria-required"));
        browser.type(By.id("update:mobilityExtension"), "");
        browser.find(By.id("update:ok")).click();
        waitUntil(() -> browser.ajaxIdle() && !browser.messageBeside("update:mobilityExtension").isEmpty(),
                "a message beside the mobility extension");
        assertFalse(browser.globalMessages().contains("updated"), browser.globalMessages());
        assertTrue(browser.find(By.id("updateDialog")).isDisplayed(), "the dialog stays open");

        openPage(MOBILITY);
        waitUntil(() -> mobilityExtensionShown().equals("7001"), "the mobility extension unchanged after a reload");
    }

    @Test
    void theMobilityPageWithoutTheAddOnSaysWhereToActivateItAndOffersNoAdd() throws Exception {
        Plain account = plainAccount();
        openAccountAsSupport(account.name());
        openPage(MOBILITY);
        String notice = browser.find(By.id("mobilityNotActivated")).getText();
        assertTrue(notice.contains("not activated"), notice);
        browser.find(By.cssSelector("#mobilityNotActivated a[href*='addons']"));
        assertTrue(browser.findAll(By.id("mobility:add")).isEmpty(), "no Add button");
        assertTrue(browser.findAll(By.id("mobility:table")).isEmpty(), "no table of mobility users");
    }

    @Test
    void theSettingsDialogShowsEveryWrongNumberAtOnce() throws Exception {
        MobilityAccounts.Account account = MobilityAccounts.on(server).create(1);
        signIn("support", "Support-2026", ACCOUNTS);
        String row = browser.supportAccountRow(account.name());
        browser.find(By.xpath(row + "//*[contains(@class, 'mobility-actions')]//button")).click();
        clickVisible(By.cssSelector("a.edit-settings"));
        browser.find(By.id("supportSettings:ok"));
        waitUntil(browser::ajaxIdle, "the dialog loaded");
        browser.type(By.id("supportSettings:voicemailAccessNumber"), "1");
        browser.type(By.id("supportSettings:reverseDialNumber"), "x");
        browser.type(By.id("supportSettings:handoverNumber"), "y");
        browser.find(By.id("supportSettings:ok")).click();
        waitUntil(browser::ajaxIdle, "the answer");
        for (String field : List.of("voicemailAccessNumber", "reverseDialNumber", "handoverNumber")) {
            assertTrue(browser.messageBeside("supportSettings:" + field).contains("digits"), field + ": "
                    + browser.messageBeside("supportSettings:" + field));
        }
    }

    // --- routers -----------------------------------------------------------------------------------

    @Test
    void aRouterPortOutside1To65535IsRefusedBesideTheFieldAndNothingIsSaved() {
        signIn("support", "Support-2026", ACCOUNTS);
        openPage(ROUTERS);
        browser.find(By.id("routers:add")).click();
        browser.find(By.id("router:save"));
        browser.find(By.id("router:save")).click();
        waitUntil(browser::ajaxIdle, "the answer");
        for (String field : List.of("name", "clientStartAddress", "remoteServerAddress")) {
            assertFalse(browser.messageBeside("router:" + field).isEmpty(), field + " has its message at once");
        }

        String name = "P" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(java.util.Locale.ROOT);
        browser.type(By.id("router:name"), name);
        browser.type(By.id("router:clientStartAddress"), "clientstart.port.example");
        browser.type(By.id("router:remoteServerAddress"), "smr.port.example");
        WebElement port = browser.find(By.id("router:remoteServerPort_input"));
        port.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "70000");
        browser.find(By.id("router:save")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.messageBeside("router:remoteServerPort").contains("between 1 and 65535"),
                "the port refused beside it");
        assertEquals("", browser.messageBeside("router:name"));

        openPage(ROUTERS);
        assertTrue(browser.findAll(By.xpath("//tbody[@id='routers:table_data']/tr[td[1][normalize-space()='" + name + "']]"))
                .isEmpty(), "no router saved");
    }

    // --- Office Anywhere, call timers, support's license quantity ------------------------------------

    @Test
    void theOfficeAnywherePortalDialogMarksItsRequiredFieldsAndShowsEveryMissingOneBesideItAtOnce() throws Exception {
        Plain account = plainAccount();
        openAccountAsSupport(account.name());
        openPage(OFFICE_ANYWHERE);
        browser.find(By.id("portals:add")).click();
        WebElement save = browser.find(By.id("portal:save"));
        waitUntil(browser::ajaxIdle, "the dialog loaded");
        for (String field : List.of("number", "scope")) {
            assertFalse(requiredMarkers("portal:" + field).isEmpty(), field + " is marked as required");
        }
        for (String field : List.of("name", "extension")) {
            assertTrue(requiredMarkers("portal:" + field).isEmpty(), field + " is optional and not marked");
        }

        save.click();
        waitUntil(() -> browser.ajaxIdle() && !browser.messageBeside("portal:scope").isEmpty(), "a message beside the scope");
        assertEquals("Choose the portal's phone number.", browser.messageBeside("portal:number"), "at the same time");
        assertEquals("Choose who may use the portal: the whole Company or just this Site.", browser.messageBeside("portal:scope"));
        assertEquals("", browser.messageBeside("portal:name"), "no message for an optional field left empty");
        assertTrue(browser.find(By.id("portalDialog")).isDisplayed(), "the dialog stays open");

        browser.find(By.id("portal:extension")).sendKeys("x", Keys.TAB);
        waitUntil(() -> browser.ajaxIdle() && browser.messageBeside("portal:extension").equals("An extension is 2 to 8 digits."),
                "the extension refused as the admin leaves it");

        openPage(OFFICE_ANYWHERE);
        assertTrue(browser.find(By.id("portals:table")).getText().contains("No Office Anywhere portals"), "no portal was added");
    }

    @Test
    void callTimersAreMarkedRequiredAndEveryTimerOutOfRangeIsShownBesideItAtOnceAndChangesNothing() throws Exception {
        Plain account = plainAccount();
        openAccountAsSupport(account.name());
        openPage(CALL_TIMERS);
        List<String> timers = List.of("wifiSeconds", "deskSeconds", "cellSeconds", "noReplySeconds");
        for (String field : timers) {
            assertFalse(requiredMarkers("timers:" + field).isEmpty(), field + " is marked as required");
        }
        String wifi = browser.find(By.id("timers:wifiSeconds_input")).getAttribute("value");
        String desk = browser.find(By.id("timers:deskSeconds_input")).getAttribute("value");

        typeNumber("timers:wifiSeconds", "70");
        browser.find(By.id("timers:wifiSeconds_input")).sendKeys(Keys.TAB);
        waitUntil(() -> browser.ajaxIdle() && browser.messageBeside("timers:wifiSeconds").equals("Ring the Wi-Fi client for 5 to 60 seconds."),
                "the Wi-Fi timer refused as the admin leaves it");
        assertEquals("", browser.messageBeside("timers:deskSeconds"), "a field not yet visited has no message");

        typeNumber("timers:deskSeconds", "1");
        browser.find(By.id("timers:save")).click();
        waitUntil(() -> browser.ajaxIdle() && !browser.messageBeside("timers:deskSeconds").isEmpty(), "a message beside the desk timer");
        assertEquals("Ring the Wi-Fi client for 5 to 60 seconds.", browser.messageBeside("timers:wifiSeconds"), "at the same time");
        assertEquals("Ring the desk phone for 5 to 60 seconds.", browser.messageBeside("timers:deskSeconds"));
        assertFalse(browser.globalMessages().contains("Saved"), browser.globalMessages());

        openPage(CALL_TIMERS);
        assertEquals(wifi, browser.find(By.id("timers:wifiSeconds_input")).getAttribute("value"), "read back after a reload");
        assertEquals(desk, browser.find(By.id("timers:deskSeconds_input")).getAttribute("value"));
    }

    @Test
    void supportsLicenseQuantityIsMarkedRequiredAndCheckedAsSupportLeavesIt() throws Exception {
        MobilityAccounts.Account account = MobilityAccounts.on(server).create(1);
        signIn("support", "Support-2026", ACCOUNTS);
        String row = browser.supportAccountRow(account.name());
        String pool = browser.find(By.xpath(row + "/td[contains(@class, 'license-pool')]")).getText();
        browser.find(By.xpath(row + "//*[contains(@class, 'mobility-actions')]//button")).click();
        clickVisible(By.cssSelector("a.set-licenses"));
        WebElement quantity = browser.find(By.id("supportLicenses:quantity"));
        waitUntil(browser::ajaxIdle, "the dialog loaded");
        assertFalse(requiredMarkers("supportLicenses:quantity").isEmpty(), "the quantity is marked as required");
        assertEquals("true", quantity.getAttribute("aria-required"));

        WebElement ok = browser.find(By.id("supportLicenses:ok"));
        String okBefore = place(ok);
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
        waitUntil(() -> browser.ajaxIdle() && browser.messageBeside("supportLicenses:quantity").contains("100,000"),
                "the emptied quantity refused as support leaves it");
        // the message shows up as the field is left, which a click on OK does too: OK must not move under the pointer
        // (it did, by the message's width, and the click that had left the field then missed OK)
        assertEquals(okBefore, place(ok), "OK stays where it was when the message appears");
        browser.find(By.cssSelector("[id='supportLicenses'] .dialog-buttons .ui-button-flat")).click();
        assertEquals(pool, browser.find(By.xpath(row + "/td[contains(@class, 'license-pool')]")).getText(), "nothing saved");
    }

    // --- fixtures and helpers ----------------------------------------------------------------------

    /** Where an element is on the screen: x, y, width and height in CSS pixels. */
    private static String place(WebElement element) {
        Rectangle r = element.getRect();
        return r.getX() + "," + r.getY() + " " + r.getWidth() + "x" + r.getHeight();
    }

    /** An account of the demo carrier without the Mobility add-on, with one user, Web Amsel. */
    record Plain(long accountId, String name, long userId) {
    }

    private Plain plainAccount() throws OneNumberFault {
        String tag = unique();
        AddAccount addAccount = new AddAccount();
        addAccount.setName("Forms " + tag);
        long accountId = acme.port().addAccount(addAccount).getAccount().getAccountId();
        AddSite site = new AddSite();
        site.setAccountId(accountId);
        site.setName("Main office");
        site.setCountry("US");
        long siteId = acme.port().addSite(site).getSite().getSiteId();
        AddUser add = new AddUser();
        add.setAccountId(accountId);
        add.setSiteId(siteId);
        add.setFirstName("Web");
        add.setLastName("Amsel");
        add.setEmail("amsel." + tag + "@example.com");
        add.setExtension("2201");
        add.setProfileType(ProfileType.PREMIER);
        return new Plain(accountId, addAccount.getName(), acme.port().addUser(add).getUser().getUserId());
    }

    private User user(long userId) throws OneNumberFault {
        GetUser get = new GetUser();
        get.setUserId(userId);
        return acme.port().getUser(get).getUser();
    }

    private List<User> globexUsers(String nameContains) throws OneNumberFault {
        ListAccounts accounts = new ListAccounts();
        accounts.setNameContains("Globex Corporation");
        long globex = acme.port().listAccounts(accounts).getAccount().stream()
                .filter(a -> a.getName().equals("Globex Corporation")).findFirst().orElseThrow().getAccountId();
        ListUsers users = new ListUsers();
        users.setAccountId(globex);
        users.setNameContains(nameContains);
        return acme.port().listUsers(users).getUser();
    }

    private String mobilityExtensionShown() {
        List<WebElement> cells = browser.findAll(By.cssSelector("[id='mobility:table_data'] tr td:nth-child(4)"));
        return cells.isEmpty() ? "" : cells.get(0).getText().trim();
    }

    private void openAccountAsSupport(String accountName) {
        browser.openAccountAsSupport(base, accountName);
    }

    private void save() {
        WebElement save = browser.find(By.id("user:save"));
        save.click();
        browser.awaitGone(save);
    }

    private void signIn(String user, String password, String page) {
        browser.signInTo(base, user, password, page);
    }

    private void signOut() {
        WebElement logout = browser.find(By.id("session:logout"));
        logout.click();
        browser.awaitGone(logout);
        browser.waitForPage(base, "/login.xhtml");
    }

    private void openPage(String page) {
        browser.open(base, page);
        browser.waitForPage(base, page.replaceFirst("\\?.*$", ""));
    }

    /** The required markers on the label just before the input {@code inputId} (a form grid's label, input, message). */
    private List<WebElement> requiredMarkers(String inputId) {
        return browser.find(By.id(inputId)).findElements(By.xpath("preceding-sibling::label[1]//*[contains(@class, 'ui-outputlabel-rfi')]"));
    }

    /** Replaces what a p:inputNumber holds with {@code typed}. */
    private void typeNumber(String inputId, String typed) {
        browser.find(By.id(inputId + "_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, typed);
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
