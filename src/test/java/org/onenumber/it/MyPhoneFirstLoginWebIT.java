package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.*;
import org.onenumber.notify.Mailbox;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;

/**
 * Issue 11's acceptance flow, as a new end user goes through it in Chromium, on a desktop and on a phone-sized screen
 * (375 px, screenshots kept): support sends the user their My Phone sign-in; the first sign-in forces a password
 * change; the user adds their mobile number, turns the Mobile App on with Call Through, chooses Auto-Pilot, and "who
 * rings when", the switch's own simulation, shows the mobile client 0-15 s, the desk phone 15-25 s, the cell phone
 * 25-40 s, then voicemail; the emulator holds that state. A rule sends one caller's calls to the cell phone, for that
 * caller only; a call on the desk phone moves to the cell phone, and a conference is refused with the switch's reason.
 */
@ExtendWith(SharedServer.class)
class MyPhoneFirstLoginWebIT {

    private final PayaraMicro server;
    private final URL base;
    private final Mailbox mailbox;

    @RegisterExtension
    final Browser browser = new Browser();

    MyPhoneFirstLoginWebIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
        this.mailbox = new Mailbox(server.dataDir().resolve("mail"));
    }

    private record Fixture(String accountName, User user, String client) {
    }

    private static String display(String e164) {
        return String.format("(%s) %s-%s", e164.substring(2, 5), e164.substring(5, 8), e164.substring(8));
    }

    /** A customer with the Mobility add-on active and one new user whom an admin enabled for Mobility (one shared client). */
    private Fixture fixture() throws Exception {
        ProvisioningClient acme = ProvisioningClient.acme(base);
        MobilityClient mobility = MobilityClient.acme(base);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AddAccount account = new AddAccount();
        account.setName("First Login " + tag);
        long accountId = acme.port().addAccount(account).getAccount().getAccountId();
        AddSite site = new AddSite();
        site.setAccountId(accountId);
        site.setName("HQ");
        site.setCountry("US");
        site.setTimeZone("America/New_York");
        long siteId = acme.port().addSite(site).getSite().getSiteId();
        AddPhoneNumbers numbers = new AddPhoneNumbers();
        numbers.setAccountId(accountId);
        String business = NumberBlocks.single(String.valueOf(300 + ThreadLocalRandom.current().nextInt(600)));
        numbers.getNumber().add(business);
        acme.port().addPhoneNumbers(numbers);
        AddUser add = new AddUser();
        add.setAccountId(accountId);
        add.setSiteId(siteId);
        add.setFirstName("Nina");
        add.setLastName("Newcomer " + tag);
        add.setEmail("nina." + tag + "@example.com");
        add.setExtension("4401");
        add.setBusinessNumber(business);
        DeskPhone desk = new DeskPhone();
        desk.setModel("IP485G");
        desk.setMacAddress(String.format("00:10:49:%02X:%02X:%02X", ThreadLocalRandom.current().nextInt(256),
                ThreadLocalRandom.current().nextInt(256), ThreadLocalRandom.current().nextInt(256)));
        add.setDeskPhone(desk);
        add.setProfileType(ProfileType.PREMIER);
        User user = acme.port().addUser(add).getUser();

        MobilityAccounts.activate(mobility, accountId, 2);
        EnableMobilityUser enable = new EnableMobilityUser();
        enable.setUserId(user.getUserId());
        enable.setMobilityExtension("9401");
        String client = mobility.port().enableMobilityUser(enable).getMobilityUser().getDeviceIdentity().get(0);
        return new Fixture(account.getName(), user, client);
    }

    @Test
    void aNewEndUserSetsUpTheMobileAppWithAutoPilotOnADesktop() throws Exception {
        flow(new Dimension(1280, 900), "desktop");
    }

    /** On the embedded default only: the desktop flow does the same with the database, this one adds the layout. */
    @Test
    @Tag("h2-only")
    void theSameFlowWorksOnAPhoneSizedScreen() throws Exception {
        flow(new Dimension(375, 812), "375");
    }

    private void flow(Dimension size, String shots) throws Exception {
        Fixture f = fixture();
        browser.driver().manage().window().setSize(size);

        // support sends the sign-in; the temporary password arrives by email
        openAccountAsSupport(f.accountName());
        browser.open(base, "admin/user.xhtml?id=" + f.user().getUserId());
        click(By.id("signIn:sendSignIn"));
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("Sent"), "sign-in sent");
        MimeMessage mail = mailbox.awaitMessageTo(f.user().getEmail(),
                m -> "MY_PHONE_SIGN_IN".equals(Mailbox.header(m, "X-OneNumber-Kind")), Duration.ofSeconds(30));
        String text = Mailbox.text(mail);
        String username = group(text, "Username: (\\S+)");
        String temporary = group(text, "Temporary password: (\\S+)");
        assertEquals(f.user().getEmail().toLowerCase(java.util.Locale.ROOT), username);
        browser.driver().manage().deleteAllCookies();

        // the first sign-in forces a password change
        browser.signIn(base, username, temporary);
        browser.waitForPage(base, "/change-password.xhtml");
        assertTrue(browser.find(By.id("forcedNotice")).getText().contains("temporary"));
        browser.screenshot("first-login-" + shots + "-1-change-password.png");
        String password = "Nina-" + UUID.randomUUID().toString().substring(0, 6) + "-9q";
        browser.type(By.id("password:currentPassword"), temporary);
        browser.type(By.id("password:newPassword"), password);
        browser.type(By.id("password:confirmPassword"), password);
        browser.find(By.id("password:change")).click();
        browser.waitForPage(base, "/myphone/profile.xhtml");

        // My Number: the mobile number
        String cell = NumberBlocks.single("415");
        click(By.id("navNumbers"));
        browser.waitForPage(base, "/myphone/numbers.xhtml");
        browser.type(By.id("number:number"), display(cell));
        browser.type(By.id("number:label"), "Cell");
        click(By.id("number:save"));
        waitUntil(() -> browser.ajaxIdle() && browser.findAll(By.cssSelector("li.user-number[data-number='" + cell + "']")).size() == 1,
                "the mobile number is listed");
        browser.screenshot("first-login-" + shots + "-2-my-number.png");
        assertFitsTheWidth(size);

        // My Features: the Mobile App on, with Call Through (the default)
        click(By.id("navFeatures"));
        browser.waitForPage(base, "/myphone/features.xhtml");
        assertEquals("false", browser.find(By.id("mobileAppState")).getAttribute("data-on"));
        assertTrue(browser.driver().findElement(By.cssSelector("#mobileApp\\:outboundMode input[value='CALL_THROUGH']")).isSelected(),
                "Call Through is the default outbound mode");
        assertEquals(business(f), browser.find(By.id("clientUserName")).getText(), "the app's user name");
        click(By.id("mobileApp:saveMobileApp"));
        waitUntil(() -> browser.ajaxIdle() && "true".equals(browser.find(By.id("mobileAppState")).getAttribute("data-on")),
                "the Mobile App is on");
        assertTrue(browser.globalMessages().contains("The Mobile App is on"), browser.globalMessages());
        assertFalse(browser.findAll(By.id("qr")).isEmpty(), "the QR code the provisioning email carries");
        browser.screenshot("first-login-" + shots + "-3-mobile-app.png");
        assertFitsTheWidth(size);

        // My calls: Auto-Pilot; who rings when is the switch's own simulation
        click(By.id("navCalls"));
        browser.waitForPage(base, "/myphone/calls.xhtml");
        click(By.xpath("//table[@id='calls:preferredDevice']//label[normalize-space()='Auto-Pilot']"
                + " | //div[@id='calls:preferredDevice']//label[normalize-space()='Auto-Pilot']"));
        save();
        String client = f.client();
        awaitPlan(steps -> timeline(steps).equals(List.of("MOBILE_CLIENT 0-15", "DESK 15-25", "CELL 25-40", "VOICEMAIL 40-40"))
                        && client.equals(steps.get(0).address()) && cell.equals(steps.get(2).address()),
                "mobile client 0-15 s, desk 15-25 s, cell 25-40 s, then voicemail");
        assertTrue(browser.findAll(By.id("plan:pending")).isEmpty(), "the switch holds the latest change");
        browser.screenshot("first-login-" + shots + "-4-who-rings-when.png");
        assertFitsTheWidth(size);

        // the emulator holds that state
        String station = station(f.user().getUserId());
        String state = SwitchConsole.admin(server.adminPort(), "subscriber " + station);
        assertTrue(state.contains("preferredDevice=AUTO_PILOT"), state);
        assertTrue(state.contains("CELL:" + cell), state);
        assertTrue(state.contains("MOBILE_CLIENT:" + client), state);
        assertTrue(state.contains("outboundMode:CALL_THROUGH"), state);
        assertTrue(state.contains("timers=wifi:15,desk:10,cell:15"), state);

        // a rule sends one caller's calls to the cell phone: for that caller only
        String family = NumberBlocks.single("212");
        click(By.id("navDevices"));
        browser.waitForPage(base, "/myphone/devices.xhtml");
        browser.type(By.id("profile:profileName"), "Family");
        click(By.id("profile:addProfile"));
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("profile Family"), "profile added");
        browser.type(By.id("rule:name"), "Mum to my cell");
        browser.type(By.id("rule:callers"), display(family));
        click(By.xpath("//*[@id='rule:target']//label[normalize-space()='Cell phone']"));
        click(By.id("rule:addRule"));
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("rule Mum to my cell"), "rule added");
        click(By.xpath("//*[@id='profiles:activeProfile']//label[normalize-space()='Family']"));
        click(By.id("profiles:activate"));
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("the profile is active"), "activated");
        browser.screenshot("first-login-" + shots + "-5-rules.png");
        assertFitsTheWidth(size);
        click(By.id("navCalls"));
        browser.waitForPage(base, "/myphone/calls.xhtml");
        browser.type(By.id("plan:caller"), display(family));
        awaitPlan(steps -> timeline(steps).equals(List.of("CELL 0-15", "VOICEMAIL 15-15")) && cell.equals(steps.get(0).address()),
                "a call from " + family + " rings the cell phone");
        browser.type(By.id("plan:caller"), display(NumberBlocks.single("646")));
        awaitPlan(steps -> !steps.isEmpty() && steps.get(0).what().equals("MOBILE_CLIENT"), "another caller: Auto-Pilot");

        // a call on the desk phone moves to the cell phone; a conference is refused with the switch's reason
        String call = SwitchConsole.admin(server.adminPort(), "call " + station + " +13055550123 DESK").substring(3).trim();
        waitUntil(() -> browser.find(By.id("activeCalls:table")).getText().contains(call), "the call is listed (live)");
        click(By.cssSelector("#activeCalls button.move-cell"));
        waitUntil(() -> browser.ajaxIdle() && browser.find(By.cssSelector("#activeCalls td.call-device")).getText().equals("Cell phone"),
                "moved to the cell phone");
        assertTrue(SwitchConsole.admin(server.adminPort(), "active " + call).contains("device=CELL"));
        click(By.cssSelector("#activeCalls button.move-desk"));
        waitUntil(() -> browser.ajaxIdle() && browser.find(By.cssSelector("#activeCalls td.call-device")).getText().equals("Desk phone"),
                "back on the desk phone");
        SwitchConsole.admin(server.adminPort(), "parties " + call + " 4");
        click(By.cssSelector("#activeCalls button.move-cell"));
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("conference"), "refused with the switch's reason");
        assertEquals("Desk phone", browser.find(By.cssSelector("#activeCalls td.call-device")).getText(), "the conference stays");
        browser.screenshot("first-login-" + shots + "-6-move-refused.png");
        SwitchConsole.admin(server.adminPort(), "end " + call);
    }

    /** The page needs no sideways scrolling at the window's width. */
    private void assertFitsTheWidth(Dimension size) {
        Number scroll = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth;");
        Number client = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.clientWidth;");
        assertTrue(scroll.intValue() <= client.intValue(), "the page is " + scroll + " px wide in a window of "
                + size.getWidth() + " px (" + client + " px inside): " + browser.driver().getCurrentUrl());
    }

    private static String business(Fixture f) {
        String e164 = f.user().getBusinessNumber();
        return e164.substring(2);
    }

    private String station(long userId) throws Exception {
        GetSyncStatus status = new GetSyncStatus();
        status.setUserId(userId);
        return ProvisioningClient.acme(base).port().getSyncStatus(status).getSubscriber();
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return m.group(1);
    }

    private void openAccountAsSupport(String accountName) {
        browser.signInAndOpen(base, "support", "Support-2026", "/admin/support/home.xhtml", "/admin/support/accounts.xhtml");
        browser.type(By.id("accounts:name"), accountName);
        browser.find(By.id("accounts:search")).click();
        String row = "//tbody[@id='accounts:table_data']/tr[td[1][normalize-space()='" + accountName + "']]";
        waitUntil(() -> browser.ajaxIdle() && !browser.findAll(By.xpath(row)).isEmpty(), accountName + " listed");
        browser.find(By.xpath(row + "//button[contains(@class, 'open-account')]")).click();
        waitUntil(() -> browser.find(By.id("currentAccount")).getText().equals(accountName), accountName + " opened");
    }

    private void click(By by) {
        waitUntil(browser::ajaxIdle, "no request in flight");
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            browser.find(by).click();
            return true;
        });
    }

    private void save() {
        click(By.id("calls:save"));
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("Saved"), "saved");
    }

    private record Step(String what, String address, int from, int until) {
    }

    private List<Step> steps() {
        return browser.findAll(By.cssSelector("#plan li.ring-step")).stream()
                .map(li -> new Step(li.getAttribute("data-what"), blankAsNull(li.getAttribute("data-address")),
                        Integer.parseInt(li.getAttribute("data-from")), Integer.parseInt(li.getAttribute("data-until"))))
                .toList();
    }

    private static List<String> timeline(List<Step> steps) {
        return steps.stream().map(s -> s.what() + " " + s.from() + "-" + s.until()).toList();
    }

    private static String blankAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private void awaitPlan(Predicate<List<Step>> expected, String description) {
        try {
            browser.waiting().withTimeout(Duration.ofSeconds(30)).withMessage(description)
                    .ignoring(StaleElementReferenceException.class).until(d -> {
                        if (!browser.ajaxIdle()) {
                            return false;
                        }
                        // what the switch does now, and it holds the latest change (its acknowledgement may trail the
                        // change itself by a moment)
                        if (expected.test(steps()) && browser.findAll(By.id("plan:pending")).isEmpty()) {
                            return true;
                        }
                        browser.find(By.id("plan:refresh")).click();
                        return false;
                    });
        } catch (TimeoutException e) {
            throw new AssertionError("waited for: " + description + " in " + steps(), e);
        }
    }

    private void waitUntil(BooleanSupplier condition, String description) {
        try {
            browser.waiting().withMessage(description).ignoring(StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("waited for: " + description, e);
        }
    }
}
