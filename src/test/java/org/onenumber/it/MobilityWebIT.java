package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.DisableMobilityUser;
import org.onenumber.client.EnableMobilityUser;
import org.onenumber.client.ListUsers;
import org.onenumber.client.OneNumberFault;
import org.onenumber.notify.Mailbox;
import org.onenumber.notify.QrCodes;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;

/**
 * The Mobility add-on as a new customer admin and carrier support meet it, in headless Chromium against
 * the deployed WAR with its demo data: activation and its completion, the Add users wizard, the settings
 * dialog's support-only fields, and the device tree with sharing and registration status.
 *
 * <p>Every test first makes sure Mobility is active for Globex through the pages (a customer admin
 * activates it, support completes it), whichever test comes first; after that, each test works with demo
 * users no other test touches, and never counts rows another test could add.
 */
@ExtendWith(SharedServer.class)
class MobilityWebIT {

    private static final String ADDONS = "/admin/addons.xhtml";
    private static final String MOBILITY = "/admin/mobility.xhtml";
    private static final String DEVICES = "/admin/devices.xhtml";
    private static final String ACCOUNTS = "/admin/support/accounts.xhtml";
    private static final String HOME = "/admin/home.xhtml";
    private static final String SUPPORT_HOME = "/admin/support/home.xhtml";
    private static final Pattern IDENTITY = Pattern.compile("FEBC\\d{8}");
    private static final Pattern SUBSCRIBER = Pattern.compile("station-\\d+");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    private final PayaraMicro server;
    private final URL base;
    private final Mailbox mailbox;

    @RegisterExtension
    final Browser browser = new Browser();

    MobilityWebIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
        this.mailbox = new Mailbox(server.dataDir().resolve("mail"));
    }

    /** One line of the mobility users table as shown. */
    record MobilityRow(String name, String number, String extension, String mobilityExtension, String location,
                       String video, String client, String provisioningEmailSent) {
    }

    @Test
    void decisionMakerAddsThreeUsersWhoGetASharedClientTheSwitchAndTheirEmails() throws Exception {
        // Globex's back office has left one license free: the wizard asks to buy the other two
        decisionMakerOn(MOBILITY);
        MobilityAccounts.leaveAvailable(MobilityClient.acme(base), ProvisioningClient.acme(base).accountNamed("Globex Corporation"), 1);
        browser.open(base, MOBILITY);
        browser.waitForPage(base, MOBILITY);

        openWizard();
        search("Okafor");
        waitForCandidates(List::isEmpty, "David Okafor has the Basic profile and is not offered");
        Map<String, String> extensions = Map.of("Elena Petrova", "7105", "Farid Rahman", "7106", "Grace Smith", "7107");
        int toBuy = wizardToSummary(extensions);
        browser.screenshot("mobility-wizard-summary.png");
        assertEquals(2, toBuy, "three users and one license free: two to buy");
        finish(true);
        assertTrue(browser.globalMessages().contains("3 users have Mobility now"), browser.globalMessages());

        List<MobilityRow> rows = mobilityRows("petrova rahman smith", 3);
        browser.screenshot("mobility-users.png");
        for (MobilityRow row : rows) {
            assertEquals(extensions.get(row.name()), row.mobilityExtension(), row.toString());
            assertTrue(IDENTITY.matcher(row.client()).matches(), "a shared client per user: " + row);
            assertFalse(row.provisioningEmailSent().isEmpty(), "activation is complete, so the provisioning email went: " + row);
        }
        assertEquals(3, rows.stream().map(MobilityRow::client).distinct().count(), "three different clients: " + rows);

        for (MobilityRow row : rows) {
            String subscriber = subscriberOf(row.client());
            String state = awaitSwitch(subscriber, reply -> reply.contains("MOBILE_CLIENT:" + row.client()));
            assertTrue(state.contains("mobility=true") && state.contains("mobilityExtension=" + row.mobilityExtension()), state);
        }

        for (MobilityRow row : rows) {
            String email = row.name().toLowerCase(Locale.ROOT).replace(' ', '.') + "@globex.example";
            String userName = row.number().replaceAll("\\D", "");
            MimeMessage welcome = mailbox.awaitMessageTo(email, m -> "WELCOME".equals(Mailbox.header(m, "X-OneNumber-Kind")),
                    MAIL_WAIT);
            assertTrue(Mailbox.text(welcome).contains(userName), "the welcome email gives the app's user name: "
                    + Mailbox.text(welcome));
            MimeMessage provisioning = mailbox.awaitMessageTo(email,
                    m -> "PROVISIONING".equals(Mailbox.header(m, "X-OneNumber-Kind")), MAIL_WAIT);
            List<byte[]> images = Mailbox.inlineImages(provisioning);
            assertEquals(1, images.size(), "the provisioning email carries its QR code inline");
            String qr = QrCodes.decode(images.get(0));
            for (String expected : List.of(userName, "clientstart.acme.example", "smr1.acme.example", row.mobilityExtension())) {
                assertTrue(qr.contains(expected), "the QR code gives " + expected + ": " + qr);
            }
        }
    }

    @Test
    void phoneManagerSeesSupportFieldsDisabledAndSavesTheNotificationFlag() {
        mobilityActiveForGlobex();
        signIn("pm", "Manager-2026", HOME);
        browser.open(base, ADDONS);
        browser.waitForPage(base, ADDONS);
        assertEquals("Active", browser.find(By.id("addons:mobilityStatus")).getText());

        openSettings();
        browser.screenshot("mobility-settings-pm.png");
        for (String field : List.of("groupName", "voicemailAccessNumber", "reverseDialNumber", "handoverNumber")) {
            assertFalse(browser.find(By.id("settings:" + field)).isEnabled(), field + " is support's");
        }
        for (String menu : List.of("mobilityRouter", "accessNumber")) {
            assertTrue(browser.find(By.id("settings:" + menu)).getAttribute("class").contains("ui-state-disabled"), menu);
        }
        assertEquals("SMR1", browser.find(By.id("settings:mobilityRouter_label")).getText());
        String groupName = browser.find(By.id("settings:groupName")).getAttribute("value");
        boolean notify = checked("settings:sendEmailNotification");

        // a person who re-enables the input in the browser still cannot change the field
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var g = document.getElementById('settings:groupName'); g.disabled = false; g.value = 'Changed by pm';");
        browser.find(By.cssSelector("[id='settings:sendEmailNotification'] .ui-chkbox-box")).click();
        browser.find(By.id("settings:ok")).click();
        waitUntil(() -> browser.ajaxIdle() && !browser.driver().findElement(By.id("settingsDialog")).isDisplayed(), "the dialog closes");
        assertTrue(browser.globalMessages().contains("The Mobility settings are saved."), browser.globalMessages());

        openSettings();
        assertEquals(!notify, checked("settings:sendEmailNotification"), "the notification flag is saved");
        assertEquals(groupName, browser.find(By.id("settings:groupName")).getAttribute("value"), "the group name is unchanged");
    }

    @Test
    void aTakenMobilityExtensionIsNamedOnSettingsBeforeTheSummaryOffersAPurchase() {
        decisionMakerOn(DEVICES);
        int purchased = pool("purchased");

        browser.open(base, MOBILITY);
        browser.waitForPage(base, MOBILITY);
        openWizard();
        wizardToSettings(Map.of("Ines Urquhart", "1001", "Jonas Vogel", "7310"));
        browser.find(By.id("add:next")).click();
        waitUntil(browser::ajaxIdle, "the extensions checked");

        assertEquals("Settings", currentStep(), "the wizard stays on Settings: no Summary, no purchase question");
        assertEquals("Extension 1001 is already used by Ann Lee's station.", messageBesideExtensionOf("Ines Urquhart"));
        assertEquals("", messageBesideExtensionOf("Jonas Vogel"), "a free extension has no complaint");
        assertTrue(browser.findAll(By.id("add:finish")).isEmpty(), "Finish is not offered");

        // corrected, the wizard goes on
        typeMobilityExtension("Ines Urquhart", "7309");
        next();
        assertEquals("Summary", currentStep());
        browser.find(By.cssSelector("[id='addDialog'] .ui-dialog-titlebar-close")).click();

        mobilityRows("urquhart vogel", 0);
        assertEquals(purchased, pool("purchased"), "no license was bought");
    }

    @Test
    void oneExtensionTwiceInOneWizardBatchIsNamedBesideTheSecondUser() {
        decisionMakerOn(DEVICES);
        int purchased = pool("purchased");

        browser.open(base, MOBILITY);
        browser.waitForPage(base, MOBILITY);
        openWizard();
        Map<String, String> extensions = new java.util.LinkedHashMap<>();
        extensions.put("Ines Urquhart", "7321");
        extensions.put("Jonas Vogel", "7321");
        wizardToSettings(extensions);
        browser.find(By.id("add:next")).click();
        waitUntil(browser::ajaxIdle, "the extensions checked");

        assertEquals("Settings", currentStep(), "the wizard stays on Settings");
        String first = messageBesideExtensionOf("Ines Urquhart");
        String second = messageBesideExtensionOf("Jonas Vogel");
        // the list is in the order the users were chosen in the table, which sorts them: one of them names the other
        assertTrue(first.equals("Extension 7321 is also given to Jonas Vogel in this list.") && second.isEmpty()
                || second.equals("Extension 7321 is also given to Ines Urquhart in this list.") && first.isEmpty(),
                first + " | " + second);
        browser.find(By.cssSelector("[id='addDialog'] .ui-dialog-titlebar-close")).click();
        mobilityRows("urquhart vogel", 0);
        assertEquals(purchased, pool("purchased"), "no license was bought");
    }

    @Test
    void devicesShowASharedClientAndItsRegistrationAfterDeviceStatus() throws Exception {
        decisionMakerOn(DEVICES);
        int purchased = pool("purchased");
        int shared = pool("shared");

        browser.find(By.id("pool:quantity")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "1");
        browser.find(By.id("pool:purchase")).click();
        String question = browser.find(By.id("purchaseQuestion")).getText();
        assertTrue(question.startsWith("Purchase 1 mobile client license?"), question);
        browser.find(By.id("purchaseConfirm:yes")).click();
        waitUntil(() -> pool("purchased") == purchased + 1, "one license more");

        browser.type(By.id("sharing:search"), "Walker");
        waitUntil(() -> browser.find(By.id("sharing:userId_label")).getText().startsWith("Kim Walker"), "Kim Walker found");
        browser.find(By.id("sharing:share")).click();
        waitUntil(() -> pool("shared") == shared + 1, "the license is shared");
        assertTrue(browser.globalMessages().contains("The mobile client is shared."), browser.globalMessages());

        browser.type(By.id("devices:filter"), "Kim Walker");
        browser.find(By.id("devices:find")).click();
        expandGroup("Mobile Client");
        String line = "Shared - 1011 Kim Walker";
        WebElement lineRow = waitFor(By.xpath(treeRow(line)));
        assertEquals("Shared", lineRow.findElements(By.tagName("td")).get(2).getText());
        String detail = lineRow.findElements(By.tagName("td")).get(4).getText();
        Matcher subscriber = SUBSCRIBER.matcher(detail);
        assertTrue(subscriber.find(), detail);
        String identity = parentRow(line).findElements(By.tagName("td")).get(0).getText().trim();
        assertTrue(IDENTITY.matcher(identity).matches(), identity);
        assertTrue(List.of("Unknown", "Not registered", "Registered").contains(deviceStatus(line)), deviceStatus(line));
        browser.screenshot("devices.png");

        // the emulator registers a client once it holds it; the switch reports each change as an event
        awaitSwitch(subscriber.group(), reply -> reply.contains("MOBILE_CLIENT:" + identity));
        SwitchConsole.admin(server.adminPort(), "unregister " + identity);
        awaitDeviceStatus(line, "Not registered");
        SwitchConsole.admin(server.adminPort(), "register " + identity);
        awaitDeviceStatus(line, "Registered");

        // the back office moves the client to another user while the page still shows it on Kim Walker: Unshare on the
        // stale row is refused and the other user keeps the client (it freed whoever held the client then)
        MobilityClient mobility = MobilityClient.acme(base);
        ProvisioningClient acme = ProvisioningClient.acme(base);
        long globex = acme.accountNamed("Globex Corporation");
        org.onenumber.client.UnshareLicense fromKim = new org.onenumber.client.UnshareLicense();
        fromKim.setAccountId(globex);
        fromKim.setDeviceIdentity(identity);
        mobility.port().unshareLicense(fromKim);
        ListUsers globexUsers = new ListUsers();
        globexUsers.setAccountId(globex);
        String other = null;
        for (var user : acme.port().listUsers(globexUsers).getUser()) {
            if (user.getLastName().equals("Walker")) {
                continue;
            }
            org.onenumber.client.ShareLicense share = new org.onenumber.client.ShareLicense();
            share.setUserId(user.getUserId());
            share.setDeviceIdentity(identity);
            try {
                mobility.port().shareLicense(share);
                other = user.getFirstName() + " " + user.getLastName();
                break;
            } catch (OneNumberFault notThisOne) {
                // a user the client cannot be shared to (profile, Mobility): the next
            }
        }
        org.junit.jupiter.api.Assertions.assertNotNull(other, "a user of Globex the client can be shared to");
        int sharedNow = MobilityAccounts.pool(mobility, globex).getShared();
        waitFor(By.xpath(treeRow(line))).findElement(By.cssSelector("button.unshare")).click();
        confirm("Unshare " + identity);
        waitUntil(() -> browser.globalMessages().contains("is not shared to Kim Walker"), "the stale unshare refused");
        assertEquals(sharedNow, MobilityAccounts.pool(mobility, globex).getShared(), other + " keeps the client");
        org.onenumber.client.UnshareLicense fromOther = new org.onenumber.client.UnshareLicense();
        fromOther.setAccountId(globex);
        fromOther.setDeviceIdentity(identity);
        mobility.port().unshareLicense(fromOther);
    }

    /** Presses Device Status until the device the line is on shows {@code expected}. */
    private void awaitDeviceStatus(String line, String expected) {
        Browser.until(browser.waitingForBackground(), () -> {
            browser.find(By.id("devices:status")).click();
            // the page's answer first: Device Status now reads the tree again, and a read during the update saw the old rows
            browser.waiting().until(d -> browser.ajaxIdle());
            return expected.equals(deviceStatus(line));
        }, line + ": " + expected + " after Device Status");
    }

    @Test
    void rowMenuUpdatesMobilityResendsTheProvisioningEmailAndDisables() throws Exception {
        decisionMakerOn(MOBILITY);
        openWizard();
        finish(wizardToSummary(Map.of("Maya Young", "7113")) > 0);
        MobilityRow maya = mobilityRows("young", 1).get(0);
        String subscriber = subscriberOf(maya.client());
        awaitSwitch(subscriber, reply -> reply.contains("mobilityExtension=7113 video=false"));

        mobilityRows("young", 1);
        WebElement row = browser.find(By.xpath("//tbody[@id='mobility:table_data']/tr[td[1][normalize-space()='Maya Young']]"));
        new Actions(browser.driver()).contextClick(row).perform();
        waitUntil(browser::ajaxIdle, "the row selected");
        clickVisible(By.id("mobility:contextUpdate"));
        waitFor(By.id("update:ok"));
        assertEquals("Maya Young", browser.find(By.id("updateUser")).getText());
        assertEquals("7113", browser.find(By.id("update:mobilityExtension")).getAttribute("value"));
        browser.type(By.id("update:mobilityExtension"), "7213");
        browser.find(By.cssSelector("[id='update:video'] .ui-chkbox-box")).click();
        browser.find(By.id("update:ok")).click();
        waitUntil(() -> browser.ajaxIdle() && mobilityTable().stream().anyMatch(r -> r.mobilityExtension().equals("7213")
                && r.video().equals("Yes")), "the row shows the new mobility extension and video");
        awaitSwitch(subscriber, reply -> reply.contains("mobilityExtension=7213 video=true"));

        rowMenu(0, "rowSendEmail");
        confirm("Send the Mobility provisioning email to Maya Young?");
        assertTrue(browser.globalMessages().contains("The provisioning email to Maya Young is on its way."),
                browser.globalMessages());
        mailbox.awaitMessages(m -> Mailbox.to(m).stream().anyMatch(to -> to.contains("maya.young@globex.example"))
                && "PROVISIONING".equals(Mailbox.header(m, "X-OneNumber-Kind")), 2, MAIL_WAIT);

        rowMenu(0, "rowDisable");
        confirm("Disable Mobility for Maya Young?");
        mobilityRows("young", 0);
        awaitSwitch(subscriber, reply -> reply.contains("mobility=false") && !reply.contains("MOBILE_CLIENT"));

        // the carrier enables her again over SOAP and the Phone Manager disables her over SOAP: the audit
        // trail names who did each step and through which channel
        long mayaId = globexUserId("Maya Young");
        String tracking = "audit-" + System.nanoTime();
        EnableMobilityUser enable = new EnableMobilityUser();
        enable.setUserId(mayaId);
        enable.setMobilityExtension("7313");
        MobilityClient.acme(base).with(null, tracking + "-enable").enableMobilityUser(enable);
        DisableMobilityUser disable = new DisableMobilityUser();
        disable.setUserId(mayaId);
        new MobilityClient(base, "pm", "Manager-2026").with(null, tracking + "-disable").disableMobilityUser(disable);

        browser.open(base, "admin/audit.xhtml");
        browser.waitForPage(base, "/admin/audit.xhtml");
        List<String> trail = browser.findAll(By.xpath("//tbody[@id='audit:table_data']/tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText)
                        .filter(text -> !text.startsWith("{")).toList().toString())
                .toList();
        assertTrue(trail.stream().anyMatch(line -> line.contains("pm, SOAP, Disabled: Mobility user")
                && line.contains(tracking + "-disable")), String.join("\n", trail));
        assertTrue(trail.stream().anyMatch(line -> line.contains("pm, SOAP, Unshared: Mobile client license")), String.join("\n", trail));
        assertTrue(trail.stream().anyMatch(line -> line.contains("acme-api, SOAP, Enabled: Mobility user")
                && line.contains(tracking + "-enable")), String.join("\n", trail));
        assertTrue(trail.stream().anyMatch(line -> line.contains("acme-api, SOAP, Shared: Mobile client license")), String.join("\n", trail));
        assertTrue(trail.stream().anyMatch(line -> line.contains("dm, Web, Disabled: Mobility user")), String.join("\n", trail));
        assertTrue(trail.stream().anyMatch(line -> line.contains("dm, Web, Updated: Mobility user")), String.join("\n", trail));
        assertTrue(trail.stream().anyMatch(line -> line.contains("dm, Web, Enabled: Mobility user")), String.join("\n", trail));
    }

    private long globexUserId(String name) {
        try {
            ProvisioningClient acme = ProvisioningClient.acme(base);
            long globex = acme.accountNamed("Globex Corporation");
            ListUsers users = new ListUsers();
            users.setAccountId(globex);
            users.setNameContains(name);
            return acme.port().listUsers(users).getUser().get(0).getUserId();
        } catch (OneNumberFault e) {
            throw new AssertionError(e.getFaultInfo().getSummary(), e);
        }
    }

    @Test
    void supportKeepsTheRoutersAndAnAccountsLicensesAndSuspendsMobility() {
        mobilityActiveForGlobex();
        signIn("support", "Support-2026", SUPPORT_HOME);
        browser.find(By.id("nav:menuRouters")).click();
        browser.waitForPage(base, "/admin/support/routers.xhtml");

        String name = "T" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        browser.find(By.id("routers:add")).click();
        waitFor(By.id("router:save"));
        assertEquals("443", browser.find(By.id("router:remoteServerPort_input")).getAttribute("value"), "the port defaults to 443");
        browser.type(By.id("router:name"), name);
        browser.type(By.id("router:clientStartAddress"), "clientstart.test.example");
        browser.type(By.id("router:remoteServerAddress"), "bad address!");
        browser.find(By.id("router:save")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.messageBeside("router:remoteServerAddress").contains("host name"), "the address is refused");
        browser.type(By.id("router:remoteServerAddress"), "smr.test.example");
        browser.find(By.id("router:save")).click();
        String routerRow = "//tbody[@id='routers:table_data']/tr[td[1][normalize-space()='" + name + "']]";
        assertEquals("443", waitFor(By.xpath(routerRow + "/td[4]")).getText());
        browser.screenshot("support-routers.png");

        browser.find(By.xpath(routerRow + "//button[contains(@class, 'edit-router')]")).click();
        waitFor(By.id("router:save"));
        browser.find(By.id("router:remoteServerPort_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "8443");
        browser.find(By.id("router:save")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.find(By.xpath(routerRow + "/td[4]")).getText().equals("8443"), "port 8443");

        String smr1 = "//tbody[@id='routers:table_data']/tr[td[1][normalize-space()='SMR1']]";
        browser.find(By.xpath(smr1 + "//button[contains(@class, 'delete-router')]")).click();
        confirm("Delete mobility router SMR1?");
        assertTrue(browser.globalMessages().contains("assigned to"), browser.globalMessages());
        assertFalse(browser.findAll(By.xpath(smr1)).isEmpty(), "a router in use stays");
        browser.find(By.xpath(routerRow + "//button[contains(@class, 'delete-router')]")).click();
        confirm("Delete mobility router " + name + "?");
        waitUntil(() -> browser.ajaxIdle() && browser.findAll(By.xpath(routerRow)).isEmpty(), name + " deleted");

        browser.open(base, ACCOUNTS);
        String globex = browser.supportAccountRow("Globex Corporation");
        String[] pool = browser.find(By.xpath(globex + "/td[5]")).getText().split(" / ");
        int purchased = Integer.parseInt(pool[1].trim());
        setLicenseQuantity(globex, purchased + 1);
        waitUntil(() -> browser.ajaxIdle() && browser.find(By.xpath(globex + "/td[5]")).getText().endsWith("/ " + (purchased + 1)),
                "one license more");
        setLicenseQuantity(globex, purchased);
        waitUntil(() -> browser.ajaxIdle() && browser.find(By.xpath(globex + "/td[5]")).getText().endsWith("/ " + purchased),
                "back to " + purchased);

        browser.screenshot("support-accounts.png");
        globexMobilityAction(globex, "a.suspend");
        confirm("Suspend Mobility for Globex Corporation?");
        waitUntil(() -> browser.ajaxIdle() && browser.find(By.xpath(globex + "/td[4]")).getText().startsWith("Suspended"), "Suspended");
        globexMobilityAction(globex, "a.resume");
        waitUntil(() -> browser.ajaxIdle() && browser.find(By.xpath(globex + "/td[4]")).getText().equals("Active SMR1"), "Active again");
    }

    // --- getting Mobility to active for Globex ---------------------------------------------------

    /**
     * Brings Globex's Mobility to Active through the pages: the decision maker activates it and confirms
     * the purchase, support completes the activation with router SMR1. Steps already taken are skipped.
     */
    private void mobilityActiveForGlobex() {
        signIn("dm", "Decision-2026", HOME);
        browser.open(base, ADDONS);
        browser.waitForPage(base, ADDONS);
        if (mobilityStatus().equals("Not activated")) {
            browser.find(By.id("addons:activate")).click();
            waitFor(By.id("settings:ok"));
            assertFalse(browser.find(By.id("settings:groupName")).isEnabled(), "support sets the group name");
            browser.find(By.cssSelector("[id='settings:sendEmailNotification'] .ui-chkbox-box")).click();
            browser.find(By.id("settings:ok")).click();
            confirm("Confirm the purchase of the Mobility add-on?");
            waitUntil(() -> mobilityStatus().equals("Pending activation"), "Pending activation");
            assertTrue(browser.find(By.id("addons:manage")).isDisplayed(), "users can be added while pending");
        }
        boolean pending = mobilityStatus().equals("Pending activation");
        signOut();
        if (pending) {
            browser.signInAndOpen(base, "support", "Support-2026", SUPPORT_HOME, ACCOUNTS);
            String globex = browser.supportAccountRow("Globex Corporation");
            assertTrue(browser.find(By.xpath(globex + "/td[4]")).getText().startsWith("Pending activation"));
            globexMobilityAction(globex, "a.complete-activation");
            waitFor(By.id("supportSettings:ok"));
            browser.screenshot("support-complete-activation.png");
            browser.choose("supportSettings:mobilityRouter", "SMR1");
            browser.type(By.id("supportSettings:groupName"), "Globex Mobility");
            browser.find(By.id("supportSettings:ok")).click();
            confirm("Complete Mobility activation for Globex Corporation?");
            waitUntil(() -> browser.find(By.xpath(globex + "/td[4]")).getText().equals("Active SMR1"), "Active with SMR1");
            signOut();
        }
    }

    private void globexMobilityAction(String globex, String item) {
        browser.find(By.xpath(globex + "//*[contains(@class, 'mobility-actions')]//button")).click();
        clickVisible(By.cssSelector(item));
    }

    private void setLicenseQuantity(String globex, int quantity) {
        globexMobilityAction(globex, "a.set-licenses");
        WebElement input = waitFor(By.id("supportLicenses:quantity"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(quantity));
        browser.find(By.id("supportLicenses:ok")).click();
        waitUntil(() -> browser.ajaxIdle() && !browser.driver().findElement(By.id("supportLicensesDialog")).isDisplayed(), "saved");
    }

    /** With Mobility active for Globex, the decision maker signs in and opens {@code page}. */
    private void decisionMakerOn(String page) {
        mobilityActiveForGlobex();
        signIn("dm", "Decision-2026", HOME);
        browser.open(base, page);
        browser.waitForPage(base, page);
    }

    private String mobilityStatus() {
        return browser.find(By.id("addons:mobilityStatus")).getText();
    }

    private void openSettings() {
        browser.find(By.id("addons:openSettings")).click();
        waitFor(By.id("settings:ok"));
    }

    // --- the wizard ------------------------------------------------------------------------------

    private void openWizard() {
        browser.find(By.id("mobility:add")).click();
        waitFor(By.id("add:search"));
        waitUntil(browser::ajaxIdle, "the wizard loaded");
    }

    /** Selects the users, gives each their mobility extension and moves on to the Summary; returns the licenses to buy. */
    private int wizardToSummary(Map<String, String> extensions) {
        wizardToSettings(extensions);
        next();
        return licenseSummary();
    }

    /** Selects the users and types each one's mobility extension on the Settings step. */
    private void wizardToSettings(Map<String, String> extensions) {
        for (String name : extensions.keySet()) {
            search(name.split(" ")[1]);
            waitForCandidates(names -> names.contains(name), name + " offered");
            check(name);
        }
        next();
        extensions.forEach(this::typeMobilityExtension);
    }

    private String currentStep() {
        return browser.find(By.cssSelector("[id='add:steps'] .ui-state-highlight")).getText().replaceAll("^\\d+", "").trim();
    }

    /** The message beside the user's mobility extension on the Settings step, empty when there is none. */
    private String messageBesideExtensionOf(String name) {
        return browser.find(By.xpath("//tbody[@id='add:extensions_data']/tr[td[1][normalize-space()='" + name + "']]"))
                .findElements(By.cssSelector(".ui-message")).stream().map(WebElement::getText).findFirst().orElse("").trim();
    }

    private void search(String text) {
        WebElement input = browser.find(By.id("add:search"));
        // one burst of keys (the text replaces the selection), then past the field's 300 ms debounce: the table a
        // test reads next is the answer to this search, not to an earlier keystroke's
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until no request is in flight and the names the Select Users step offers satisfy {@code expected}. */
    @SuppressWarnings("unchecked")
    private void waitForCandidates(Predicate<List<String>> expected, String description) {
        waitUntil(() -> browser.ajaxIdle() && expected.test((List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var body = document.getElementById('add:candidates_data');"
                        + "return Array.from(body.rows)"
                        + "  .filter(function (r) { return !r.classList.contains('ui-datatable-empty-message'); })"
                        + "  .map(function (r) { return r.cells[1].innerText.trim(); });")), description);
    }

    private void check(String name) {
        By box = By.xpath("//tbody[@id='add:candidates_data']/tr[td[2][normalize-space()='" + name
                + "']]//div[contains(@class, 'ui-chkbox-box')]");
        // looked up again if an update replaced the table between finding the box and clicking it
        browser.waiting().until(d -> {
            browser.find(box).click();
            return true;
        });
        waitUntil(browser::ajaxIdle, "checked " + name);
    }

    private void typeMobilityExtension(String name, String extension) {
        browser.type(By.xpath("//tbody[@id='add:extensions_data']/tr[td[1][normalize-space()='" + name + "']]//input"),
                extension);
    }

    /** Chooses an item of the row menu button of the {@code index}th row of the mobility users table. */
    private void rowMenu(int index, String item) {
        browser.find(By.id("mobility:table:" + index + ":rowMenu_button")).click();
        clickVisible(By.id("mobility:table:" + index + ":" + item));
    }

    private void next() {
        String step = browser.find(By.cssSelector("[id='add:steps'] .ui-state-highlight")).getText();
        browser.find(By.id("add:next")).click();
        waitUntil(() -> !browser.find(By.cssSelector("[id='add:steps'] .ui-state-highlight")).getText().equals(step),
                "the wizard's next step after " + step);
    }

    /** Reads the Summary's license situation and checks it adds up; returns how many licenses it will buy. */
    private int licenseSummary() {
        int available = Integer.parseInt(browser.find(By.id("availableLicenses")).getText());
        int toBuy = Integer.parseInt(browser.find(By.id("licensesToBuy")).getText());
        int users = browser.findAll(By.cssSelector("[id='add:summary_data'] tr")).size();
        assertEquals(Math.max(0, users - available), toBuy, "available " + available + " for " + users + " users");
        return toBuy;
    }

    private void finish(boolean confirmPurchase) {
        browser.find(By.id("add:finish")).click();
        if (confirmPurchase) {
            confirm("Confirm the purchase of");
        }
        waitUntil(browser::ajaxIdle, "the wizard finished");
    }

    // --- the mobility users table ----------------------------------------------------------------

    /** Types a multiple values search and waits for {@code count} rows, which it returns. */
    private List<MobilityRow> mobilityRows(String multipleValues, int count) {
        if (!browser.page(base).equals(MOBILITY)) {
            browser.open(base, MOBILITY);
            browser.waitForPage(base, MOBILITY);
        }
        WebElement input = browser.find(By.id("mobility:multipleValues"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(multipleValues);
        AtomicReference<List<MobilityRow>> last = new AtomicReference<>();
        try {
            return browser.waiting().until(d -> {
                List<MobilityRow> rows = browser.ajaxIdle() ? mobilityTable() : null;
                last.set(rows);
                return rows != null && rows.size() == count ? rows : null;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("expected " + count + " mobility users for '" + multipleValues + "' but saw " + last.get(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<MobilityRow> mobilityTable() {
        List<List<String>> cells = (List<List<String>>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var body = document.getElementById('mobility:table_data');"
                        + "if (!body) { return null; }"
                        + "return Array.from(body.rows)"
                        + "  .filter(function (r) { return !r.classList.contains('ui-datatable-empty-message'); })"
                        + "  .map(function (r) { return Array.from(r.cells).map(function (c) { return c.innerText.trim(); }); });");
        return cells == null ? null : cells.stream().map(c -> new MobilityRow(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4),
                c.get(5), c.get(6), c.get(7))).toList();
    }

    // --- the devices page ------------------------------------------------------------------------

    private int pool(String figure) {
        if (!browser.page(base).equals(DEVICES)) {
            browser.open(base, DEVICES);
            browser.waitForPage(base, DEVICES);
        }
        return Integer.parseInt(browser.find(By.id(figure)).getText());
    }

    /** The switch's key for the station a client is shared to, read from the device tree's line. */
    private String subscriberOf(String identity) {
        browser.open(base, DEVICES);
        browser.waitForPage(base, DEVICES);
        browser.type(By.id("devices:filter"), identity);
        browser.find(By.id("devices:find")).click();
        expandGroup("Mobile Client");
        WebElement line = waitFor(By.xpath("//tr[@data-prk=" + xpathRowKey(identity) + "]"));
        Matcher subscriber = SUBSCRIBER.matcher(line.getText());
        assertTrue(subscriber.find(), line.getText());
        return subscriber.group();
    }

    private void expandGroup(String group) {
        String row = "//tbody[@id='devices:tree_data']/tr[td[1][starts-with(normalize-space(), '" + group + " (')]]";
        waitUntil(() -> browser.ajaxIdle() && !browser.findAll(By.xpath(row)).isEmpty(), group + " group shown");
        browser.find(By.xpath(row + "//*[contains(@class, 'ui-treetable-toggler')]")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.findAll(By.xpath("//tr[@data-prk=string(" + row + "/@data-rk)]")).size() > 0,
                group + " expanded");
    }

    private static String treeRow(String title) {
        return "//tbody[@id='devices:tree_data']/tr[td[1][normalize-space()='" + title + "']]";
    }

    private static String xpathRowKey(String title) {
        return "string(" + treeRow(title) + "/@data-rk)";
    }

    private WebElement parentRow(String title) {
        return browser.find(By.xpath("//tbody[@id='devices:tree_data']/tr[@data-rk=string(" + treeRow(title) + "/@data-prk)]"));
    }

    private String deviceStatus(String line) {
        return browser.ajaxIdle() ? parentRow(line).findElements(By.tagName("td")).get(3).getText().trim() : "";
    }

    // --- the switch ------------------------------------------------------------------------------

    /** Polls the emulator's state for a subscriber until it satisfies {@code expected} (the outbox delivers it). */
    private String awaitSwitch(String subscriber, Predicate<String> expected) throws IOException {
        long deadline = System.nanoTime() + Browser.BACKGROUND_WAIT.toNanos();
        String reply;
        do {
            reply = SwitchConsole.admin(server.adminPort(), "subscriber " + subscriber);
            if (expected.test(reply)) {
                return reply;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        } while (System.nanoTime() - deadline < 0);
        throw new AssertionError("the switch holds for " + subscriber + ": " + reply);
    }

    // --- the browser -----------------------------------------------------------------------------

    private void signIn(String user, String password, String landing) {
        browser.signIn(base, user, password);
        browser.waitForPage(base, landing);
    }

    private void signOut() {
        WebElement logout = browser.find(By.id("session:logout"));
        logout.click();
        browser.awaitGone(logout);
        browser.waitForPage(base, "/login.xhtml");
    }

    /** Answers Yes in the admin pages' confirmation dialog, after checking what it asks. */
    private void confirm(String question) {
        WebElement yes = waitFor(By.id("confirmation:yes"));
        String message = browser.find(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")).getText();
        assertTrue(message.contains(question), message);
        yes.click();
        waitUntil(browser::ajaxIdle, "the confirmed request");
    }

    private boolean checked(String checkboxId) {
        return browser.find(By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box")).getAttribute("class").contains("ui-state-active");
    }

    private void clickVisible(By by) {
        browser.waiting().until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
    }

    private WebElement waitFor(By by) {
        return browser.find(by);
    }

    private void waitUntil(BooleanSupplier condition, String description) {
        Browser.until(browser.waiting(), condition, description);
    }

}
