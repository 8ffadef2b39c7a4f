package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.AddAccount;
import org.onenumber.client.GetMobilityUser;
import org.onenumber.client.LicensePool;
import org.onenumber.client.ModifyMobilityUser;
import org.onenumber.client.MobilityUser;
import org.onenumber.client.SetLicenseQuantity;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The admin pages where a mistake loses money or leaves a person stranded, in headless Chromium against
 * the deployed WAR: the license purchase box buys exactly what was typed and asks only about a valid
 * quantity; support who has not opened an account is sent to choose one; a stale table row, a wrong role,
 * an unknown page, a failure and an expired session or view each get a page or message of ours with a
 * way on, and never a stack trace.
 */
@ExtendWith(SharedServer.class)
class AdminSafetyWebIT {

    private static final String DEVICES = "/admin/devices.xhtml";
    private static final String ACCOUNTS = "/admin/support/accounts.xhtml";
    private static final String HOME = "/admin/home.xhtml";
    private static final String SUPPORT_HOME = "/admin/support/home.xhtml";
    private static final String LOGIN = "/login.xhtml";
    /** The most mobile client licenses an account may hold (LicensePool.MAX_QUANTITY). */
    private static final int MAX_LICENSES = 100_000;
    private static final Pattern REFERENCE = Pattern.compile("Reference:?\\s*([A-Z0-9]{8})");

    private final PayaraMicro server;
    private final URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    AdminSafetyWebIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
    }

    // --- purchases -------------------------------------------------------------------------------

    @Test
    void purchaseBoxRefusesEmptyZeroNegativeFractionsAndTooManyBesideTheFieldWithoutAskingToConfirm() {
        signIn("dm", "Decision-2026", HOME);
        openPage(DEVICES);
        int purchased = pool("purchased");
        for (String typed : List.of("", "0", "-3", "2.5", String.valueOf(MAX_LICENSES + 1))) {
            typeQuantity(typed);
            browser.find(By.id("pool:purchase")).click();
            waitUntil(browser::ajaxIdle, "the purchase button's answer for '" + typed + "'");
            assertTrue(visibleDialogs().isEmpty(), "'" + typed + "' asked: " + visibleDialogs());
            String message = browser.find(By.id("pool:quantityMessage")).getText().trim();
            assertFalse(message.isEmpty(), "a message beside the field for '" + typed + "'");
            if (!typed.isEmpty()) {
                assertTrue(message.contains(String.format(Locale.US, "%,d", MAX_LICENSES - purchased)),
                        "the message names the most that can be bought: " + message);
            }
        }
        assertEquals(purchased, pool("purchased"), "nothing was bought");
    }

    @Test
    void purchaseConfirmationStatesTheQuantityAndTheNewTotalAndYesBuysExactlyThat() throws Exception {
        signIn("dm", "Decision-2026", HOME);
        openPage(DEVICES);
        int purchased = pool("purchased");
        Throwable failure = null;
        try {
            buyFifteenHundredAndSupportTakesThemBack(purchased);
        } catch (Throwable t) {
            failure = t;
            throw t;
        } finally {
            // whatever happened above, the back office leaves Globex as the test found it (and a failure to do so
            // never hides the test's own)
            try {
                giveBack(purchased);
            } catch (Exception e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
    }

    private void giveBack(int purchased) throws Exception {
        MobilityClient mobility = MobilityClient.acme(base);
        long globex = ProvisioningClient.acme(base).accountNamed("Globex Corporation");
        LicensePool pool = MobilityAccounts.pool(mobility, globex);
        if (pool.getPurchased() != purchased) {
            SetLicenseQuantity back = new SetLicenseQuantity();
            back.setAccountId(globex);
            back.setQuantity(Math.max(purchased, pool.getShared()));
            mobility.port().setLicenseQuantity(back);
        }
    }

    private void buyFifteenHundredAndSupportTakesThemBack(int purchased) {
        typeQuantity("1500");
        browser.find(By.id("pool:purchase")).click();
        waitUntil(() -> !visibleDialogs().isEmpty(), "the confirmation");
        String question = visibleDialogs().get(0);
        assertTrue(question.contains("1,500 mobile client licenses"), question);
        assertTrue(question.contains(String.format(Locale.US, "%,d", purchased + 1500)), "the new total: " + question);
        browser.find(By.id("purchaseConfirm:yes")).click();
        waitUntil(() -> browser.ajaxIdle() && pool("purchased") == purchased + 1500, "1,500 licenses more");
        assertTrue(browser.globalMessages().contains("1,500 mobile client licenses purchased"), browser.globalMessages());

        openPage(DEVICES);
        assertEquals(purchased + 1500, pool("purchased"), "read back after a reload");

        // support takes the test's licenses back
        WebElement signOut = browser.find(By.id("session:logout"));
        signOut.click();
        browser.awaitGone(signOut);
        browser.signInAndOpen(base, "support", "Support-2026", SUPPORT_HOME, ACCOUNTS);
        String globex = browser.supportAccountRow("Globex Corporation");
        typeInLicenseDialog(globex, String.valueOf(purchased));
        waitUntil(() -> browser.ajaxIdle() && !browser.driver().findElement(By.id("supportLicensesDialog")).isDisplayed(),
                () -> "the quantity saved; the dialog says: " + shown(By.id("supportLicensesDialog"))
                        + "; the page's messages: " + shown(By.id("messages")));
        assertTrue(browser.find(By.xpath(globex + "/td[contains(@class, 'license-pool')]")).getText().endsWith("/ " + purchased));
    }

    @Test
    void supportsNextPageOfAccountsGoesOnWithTheNameItSearchedByNotWithWhatTheBoxHoldsNow() throws Exception {
        String tag = "Paged " + java.util.UUID.randomUUID().toString().substring(0, 8);
        ProvisioningClient acme = ProvisioningClient.acme(base);
        for (int i = 0; i < 27; i++) {
            AddAccount add = new AddAccount();
            add.setName(String.format("%s %02d", tag, i));
            acme.port().addAccount(add);
        }
        browser.signInAndOpen(base, "support", "Support-2026", SUPPORT_HOME, ACCOUNTS);
        browser.type(By.id("accounts:name"), tag);
        browser.find(By.id("accounts:search")).click();
        waitUntil(() -> browser.ajaxIdle() && accountNames().size() == 25 && accountNames().get(0).startsWith(tag), "25 of them");

        // another name typed, but Search not pressed: Next page is the next page of the list shown
        browser.type(By.id("accounts:name"), "Globex");
        browser.find(By.id("accounts:more")).click();
        waitUntil(() -> browser.ajaxIdle() && accountNames().size() == 2, "the last two");
        assertEquals(List.of(tag + " 25", tag + " 26"), accountNames());
        assertEquals(tag, browser.find(By.id("accounts:name")).getAttribute("value"), "the box shows what the list is");
    }

    private List<String> accountNames() {
        return browser.findAll(By.cssSelector("[id='accounts:table_data'] td.account-name")).stream()
                .map(td -> td.getText().trim()).toList();
    }

    @Test
    void supportsLicenseQuantityBoxRefusesNegativeAndTooManyBesideTheField() {
        browser.signInAndOpen(base, "support", "Support-2026", SUPPORT_HOME, ACCOUNTS);
        String globex = browser.supportAccountRow("Globex Corporation");
        String pool = browser.find(By.xpath(globex + "/td[contains(@class, 'license-pool')]")).getText();
        for (String typed : List.of("-3", String.valueOf(MAX_LICENSES + 1))) {
            typeInLicenseDialog(globex, typed);
            By beside = By.id("supportLicenses:quantityMessage");
            waitUntil(() -> browser.ajaxIdle() && !shown(beside).isBlank(),
                    () -> "a message beside '" + typed + "'; the box holds '"
                            + browser.driver().findElement(By.id("supportLicenses:quantity")).getAttribute("value")
                            + "', the dialog is " + (browser.driver().findElement(By.id("supportLicensesDialog")).isDisplayed() ? "open" : "closed")
                            + " and says: " + shown(By.id("supportLicensesDialog")) + "; the page's messages: " + shown(By.id("messages"))
                            + "; the page: " + browser.driver().getCurrentUrl());
            String message = shown(beside);
            assertTrue(message.contains("100,000"), "'" + typed + "': " + message);
            browser.find(By.cssSelector("[id='supportLicenses'] .dialog-buttons .ui-button-flat")).click();
        }
        assertEquals(pool, browser.find(By.xpath(globex + "/td[contains(@class, 'license-pool')]")).getText(), "nothing saved");
    }

    /**
     * Support opens an account's license dialog; meanwhile the back office buys 5 more; support's quantity, typed over
     * what the dialog showed, is refused as stale and the licenses bought stay (it replaced them: the quantity went
     * down and the available licenses bought meanwhile were removed, unnoticed). Opened again, the dialog shows the
     * quantity as it is now, and a save from there goes through.
     */
    @Test
    void supportsLicenseQuantityDoesNotUndoAPurchaseMadeWhileTheDialogWasOpen() throws Exception {
        MobilityAccounts.Account account = MobilityAccounts.on(server).create(1);
        MobilityClient mobility = MobilityClient.acme(base);
        int before = MobilityAccounts.pool(mobility, account.accountId()).getPurchased();
        browser.signInAndOpen(base, "support", "Support-2026", SUPPORT_HOME, ACCOUNTS);
        String row = browser.supportAccountRow(account.name());
        openLicenseDialog(row);
        waitUntil(() -> browser.ajaxIdle() && browser.still(), "the dialog loaded");

        SetLicenseQuantity more = new SetLicenseQuantity();
        more.setAccountId(account.accountId());
        more.setQuantity(before + 5);
        mobility.port().setLicenseQuantity(more);

        typeInOpenLicenseDialog(String.valueOf(before + 1));
        waitUntil(() -> browser.ajaxIdle() && shown(By.id("messages")).contains("has changed since it was read"),
                () -> "the save refused as stale; the page's messages: " + shown(By.id("messages")) + "; the dialog says: "
                        + shown(By.id("supportLicensesDialog")));
        assertEquals(before + 5, MobilityAccounts.pool(mobility, account.accountId()).getPurchased(), "the purchase stays");

        browser.find(By.cssSelector("[id='supportLicenses'] .dialog-buttons .ui-button-flat")).click();
        waitUntil(() -> browser.ajaxIdle() && !browser.driver().findElement(By.id("supportLicensesDialog")).isDisplayed(),
                "the dialog closed");
        openLicenseDialog(row);
        waitUntil(() -> browser.ajaxIdle() && browser.still()
                        && String.valueOf(before + 5).equals(browser.find(By.id("supportLicenses:quantity")).getAttribute("value")),
                () -> "the dialog shows " + (before + 5) + ", it shows "
                        + browser.find(By.id("supportLicenses:quantity")).getAttribute("value"));
        typeInOpenLicenseDialog(String.valueOf(before + 4));
        waitUntil(() -> browser.ajaxIdle() && purchased(mobility, account.accountId()) == before + 4,
                "the quantity saved from a fresh dialog");
    }

    private static int purchased(MobilityClient mobility, long accountId) {
        try {
            return MobilityAccounts.pool(mobility, accountId).getPurchased();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Support opens one account at a time for the session: a page left open on one account while another was opened
     * in a second tab bought its licenses for the other account (the question named the first account's total). Now
     * the press is not applied: neither account's pool moves, and the page is drawn again for the account open now,
     * saying why.
     */
    @Test
    void aPageLeftOpenOnOneAccountDoesNotBuyForAnotherOpenedInASecondTab() throws Exception {
        MobilityAccounts accounts = MobilityAccounts.on(server);
        MobilityAccounts.Account first = accounts.create(1);
        MobilityAccounts.Account second = accounts.create(1);
        MobilityClient mobility = MobilityClient.acme(base);
        int firstBefore = purchased(mobility, first.accountId());
        int secondBefore = purchased(mobility, second.accountId());
        browser.openAccountAsSupport(base, first.name());
        openPage(DEVICES);
        typeQuantity("3");
        browser.find(By.id("pool:purchase")).click();
        waitUntil(() -> !visibleDialogs().isEmpty(), "the confirmation");
        assertTrue(visibleDialogs().get(0).contains("3 mobile client licenses"), visibleDialogs().get(0));

        openInAnotherTab(second.name());

        assertEquals(409, statusOf(browser.find(By.id("devices:csv")).getAttribute("href")),
                "the first tab's export would have been the second account's devices: refused");
        browser.find(By.id("purchaseConfirm:yes")).click();
        waitUntil(() -> browser.ajaxIdle() && browser.globalMessages().contains("Nothing was changed"),
                () -> "the press refused; the page says: " + browser.globalMessages());
        assertTrue(browser.globalMessages().contains(first.name()) && browser.globalMessages().contains(second.name()),
                browser.globalMessages());
        assertEquals(second.name(), shown(By.id("currentAccount")), "the page drawn again for the account open now");
        assertEquals(firstBefore, purchased(mobility, first.accountId()), "the first account's pool");
        assertEquals(secondBefore, purchased(mobility, second.accountId()), "the second account's pool");
        assertEquals(200, statusOf(browser.find(By.id("devices:csv")).getAttribute("href")), "the page drawn again exports");

        typeQuantity("2");
        browser.find(By.id("pool:purchase")).click();
        waitUntil(() -> !visibleDialogs().isEmpty(), "the confirmation on the page drawn again");
        browser.find(By.id("purchaseConfirm:yes")).click();
        waitUntil(() -> browser.ajaxIdle() && purchased(mobility, second.accountId()) == secondBefore + 2,
                "the page drawn again buys for the account it shows");
        assertEquals(firstBefore, purchased(mobility, first.accountId()), "the first account's pool");

        // Sign out acts on no account: it works from a page of an account that is no longer open
        openInAnotherTab(first.name());
        WebElement signOut = browser.find(By.id("session:logout"));
        signOut.click();
        browser.awaitGone(signOut);
        browser.waitForPage(base, LOGIN);
        assertTrue(browser.findAll(By.id("session:logout")).isEmpty(), "signed out");
    }

    /**
     * Update Mobility saved the dialog's values with no version, so video turned on by the back office while the dialog
     * was open was turned off again with the extension typed. Now the save is refused and both stay as they were.
     */
    @Test
    void updateMobilityDoesNotUndoAChangeMadeWhileTheDialogWasOpen() throws Exception {
        MobilityAccounts.Account account = MobilityAccounts.on(server).create(1);
        long userId = account.userIds().get(0);
        MobilityClient mobility = MobilityClient.acme(base);
        browser.openAccountAsSupport(base, account.name());
        openPage("/admin/mobility.xhtml");
        browser.find(By.id("mobility:table:0:rowMenu_button")).click();
        browser.waiting().until(d -> d.findElements(By.id("mobility:table:0:rowUpdate")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        waitUntil(() -> browser.ajaxIdle() && browser.still() && "7001".equals(
                browser.find(By.id("update:mobilityExtension")).getAttribute("value")), "the dialog shows the user's settings");

        ModifyMobilityUser video = new ModifyMobilityUser();
        video.setUserId(userId);
        video.setVideo(true);
        mobility.port().modifyMobilityUser(video);

        browser.find(By.id("update:mobilityExtension")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "7301");
        browser.find(By.id("update:ok")).click();
        waitUntil(() -> browser.ajaxIdle() && shown(By.id("update:updateMessages")).contains("Nothing was saved"),
                () -> "the save refused; the dialog says: " + shown(By.id("updateDialog")) + "; the page: "
                        + browser.globalMessages());
        GetMobilityUser get = new GetMobilityUser();
        get.setUserId(userId);
        MobilityUser after = mobility.port().getMobilityUser(get).getMobilityUser();
        assertTrue(after.isVideo(), "the back office's video stays on");
        assertEquals("7001", after.getMobilityExtension(), "the extension stays");
    }

    // --- support without an account, stale rows ---------------------------------------------------

    @Test
    void supportWhoHasNotOpenedAnAccountIsSentToChooseOne() {
        browser.signInAndOpen(base, "support", "Support-2026", SUPPORT_HOME, ACCOUNTS);
        for (String page : List.of("admin/users.xhtml", "admin/numbers.xhtml", "admin/devices.xhtml", "admin/addons.xhtml")) {
            browser.open(base, page);
            browser.waitForPage(base, ACCOUNTS);
            assertTrue(browser.globalMessages().contains("Choose an account"), page + ": " + browser.globalMessages());
            assertNoStackTrace(page);
        }
    }

    @Test
    void aStaleRowOnTheMobilityMenuGivesAMessage() throws Exception {
        onTheMobilityPageOfAnAccountWithMobility();
        // the right-click of a row that is no longer on the page (or another account's), then its menu's command
        js("PrimeFaces.ab({s: 'mobility:table', e: 'contextMenu', f: 'mobility', p: 'mobility:table', u: 'update',"
                + " params: [{name: 'mobility:table_instantSelection', value: '987654321'},"
                + " {name: 'mobility:table_selection', value: '987654321'}]});");
        waitUntil(browser::ajaxIdle, "the right-click's answer");
        js("document.getElementById('mobility:contextSendEmail').click();");
        browser.find(By.id("confirmation:yes")).click();
        waitUntil(() -> browser.ajaxIdle() && !browser.globalMessages().isEmpty(), "a message");
        assertTrue(browser.globalMessages().contains("no longer in the list"), browser.globalMessages());
        assertNoStackTrace("mobility");
    }

    // --- error pages -------------------------------------------------------------------------------

    @Test
    void aWrongRoleGetsAForbiddenPageOfOursWithAWayBack() {
        signIn("dm", "Decision-2026", HOME);
        browser.open(base, "admin/support/accounts.xhtml");
        assertBrandedPage("not allowed");
        assertEquals(403, status("admin/support/accounts.xhtml"));
        browser.find(By.id("back")).click();
        browser.waitForPage(base, HOME);
    }

    @Test
    void anUnknownPageGetsANotFoundPageOfOursWithAWayBack() {
        signIn("dm", "Decision-2026", HOME);
        for (String path : List.of("admin/no-such-page.xhtml", "no-such-file.html")) {
            browser.open(base, path);
            assertBrandedPage("Page not found");
            assertEquals(404, status(path));
        }
        browser.find(By.id("back")).click();
        browser.waitForPage(base, HOME);
    }

    @Test
    void aFailureShowsAReferenceThatIsInTheServerLogWithTheStackTraceAndNoneInTheBrowser() throws Exception {
        onTheMobilityPageOfAnAccountWithMobility();
        // a request no control of ours sends, which PrimeFaces refuses with an exception: a page of a size the
        // table does not offer
        js("PrimeFaces.ab({s: 'mobility:table', f: 'mobility', p: 'mobility:table', u: 'mobility:table',"
                + " params: [{name: 'mobility:table_pagination', value: true}, {name: 'mobility:table_encodeFeature', value: true},"
                + " {name: 'mobility:table_first', value: 0}, {name: 'mobility:table_rows', value: 7}]});");
        waitUntil(() -> browser.page(base).equals("/error.xhtml"), "the error page");
        assertBrandedPage("Something went wrong");
        Matcher reference = REFERENCE.matcher(browser.find(By.id("reference")).getText());
        assertTrue(reference.find(), browser.find(By.id("reference")).getText());
        String log = Files.readString(server.logFile(), StandardCharsets.UTF_8);
        int at = log.indexOf(reference.group(1));
        assertTrue(at >= 0, "the reference " + reference.group(1) + " is in the server log");
        assertTrue(log.substring(at, Math.min(log.length(), at + 20_000)).contains("\tat "), "with the stack trace");
    }

    @Test
    void anExpiredViewGetsAPageOfOursThatLeadsBackToIt() {
        signIn("dm", "Decision-2026", HOME);
        // what a view pushed out of the session looks like to the server: a view state it does not know
        js("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(function (i) { i.value = '-1:-1'; });");
        WebElement signOut = browser.find(By.id("session:logout"));
        signOut.click();
        browser.awaitGone(signOut);
        assertBrandedPage("expired");
        browser.find(By.id("back")).click();
        browser.waitForPage(base, HOME);
    }

    @Test
    void theLoginPageStillSignsInAfterTheSessionExpired() {
        browser.open(base, "login.xhtml");
        browser.type(By.id("login:username"), "dm");
        browser.type(By.id("login:password"), "Decision-2026");
        expireSession();
        browser.find(By.id("login:signIn")).click();
        browser.waitForPage(base, HOME);
    }

    @Test
    void anAjaxRequestInAnExpiredSessionGoesToTheLoginPageSayingSo() {
        signIn("dm", "Decision-2026", HOME);
        openPage(DEVICES);
        expireSession();
        browser.find(By.id("devices:find")).click();
        browser.waitForPage(base, LOGIN);
        assertTrue(browser.globalMessages().contains("Your session expired"), browser.globalMessages());

        browser.type(By.id("login:username"), "dm");
        browser.type(By.id("login:password"), "Decision-2026");
        browser.find(By.id("login:signIn")).click();
        browser.waitForPage(base, HOME);
    }

    @Test
    void aPageRequestInAnExpiredSessionGoesToTheLoginPageSayingSo() {
        signIn("dm", "Decision-2026", HOME);
        expireSession();
        browser.open(base, "admin/devices.xhtml");
        browser.waitForPage(base, LOGIN);
        assertTrue(browser.globalMessages().contains("Your session expired"), browser.globalMessages());
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** The Mobility page lists users only where the add-on is activated: support opens such an account's. */
    private void onTheMobilityPageOfAnAccountWithMobility() throws Exception {
        browser.openAccountAsSupport(base, MobilityAccounts.on(server).create(1).name());
        openPage("/admin/mobility.xhtml");
    }

    /** Support opens the account named in a second tab of the same session, closes it and is back on this tab. */
    private void openInAnotherTab(String accountName) {
        String tab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        openPage(ACCOUNTS);
        browser.find(By.xpath(browser.supportAccountRow(accountName) + "//button[contains(@class, 'open-account')]")).click();
        waitUntil(() -> accountName.equals(shown(By.id("currentAccount"))), accountName + " opened in the other tab");
        browser.driver().close();
        browser.driver().switchTo().window(tab);
    }

    /** Opens support's license quantity dialog for the row, types {@code typed} and presses OK. */
    private void typeInLicenseDialog(String row, String typed) {
        openLicenseDialog(row);
        typeInOpenLicenseDialog(typed);
    }

    private void openLicenseDialog(String row) {
        browser.find(By.xpath(row + "//*[contains(@class, 'mobility-actions')]//button")).click();
        browser.waiting().until(d -> d.findElements(By.cssSelector("a.set-licenses")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
    }

    private void typeInOpenLicenseDialog(String typed) {
        By box = By.cssSelector("[id='supportLicenses:quantity_input'], input[id='supportLicenses:quantity']");
        browser.find(box);
        // the dialog's form is rendered by the menu's request and faded in: type once both are over, into the box then
        waitUntil(() -> browser.ajaxIdle() && browser.still(), "the dialog loaded");
        browser.find(box).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, typed, Keys.TAB);
        // leaving the box checks it (its own request); OK is pressed once that is answered and the box holds what was
        // typed (a run saw OK save the box's first value, 0, with '-3' typed: the typing had not reached the box OK sent)
        waitUntil(() -> browser.ajaxIdle() && typed.equals(browser.find(box).getAttribute("value")),
                () -> "the box holds '" + typed + "', it holds '" + browser.find(box).getAttribute("value") + "'");
        browser.find(By.id("supportLicenses:ok")).click();
    }

    /** A page of ours: the application's header, a heading that says what happened, a way back, no trace. */
    private void assertBrandedPage(String heading) {
        waitUntil(() -> !browser.findAll(By.cssSelector("header.top .brand")).isEmpty()
                && browser.find(By.tagName("h1")).getText().contains(heading),
                "a page of ours saying '" + heading + "', was " + browser.driver().getCurrentUrl() + ": "
                        + browser.driver().findElement(By.tagName("body")).getText());
        assertFalse(browser.findAll(By.id("back")).isEmpty(), "a way back");
        assertNoStackTrace(browser.driver().getCurrentUrl());
    }

    private void assertNoStackTrace(String where) {
        String source = browser.driver().getPageSource();
        assertFalse(source.contains("Exception") || source.contains("\tat ") || source.contains("Payara"), where + " shows: " + source);
    }

    /** The HTTP status of a GET in this browser's session, redirects not followed. */
    private long status(String path) {
        return statusOf(base.toString().replaceFirst("/?$", "/") + path);
    }

    /** As {@link #status}, for a whole address. */
    private long statusOf(String url) {
        return (Long) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {redirect: 'manual', credentials: 'same-origin'})"
                        + ".then(function (r) { done(r.status); }, function () { done(-1); });", url);
    }

    /**
     * The session the browser had (or would have had: the login page opens none) is gone on the server: its cookie
     * names a session the server does not know.
     */
    private void expireSession() {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new Cookie.Builder("JSESSIONID", "0000expired0000")
                .path(session == null ? base.getPath().replaceFirst("/?$", "") : session.getPath()).isHttpOnly(true).build());
    }

    private List<String> visibleDialogs() {
        return browser.findAll(By.cssSelector(".ui-dialog")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    private void typeQuantity(String text) {
        WebElement input = browser.find(By.cssSelector("[id='pool:quantity_input'], input[id='pool:quantity']"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
    }

    /** The text of an element, for a failure's message: what could be read, never a second failure. */
    private String shown(By element) {
        try {
            return browser.driver().findElement(element).getText();
        } catch (RuntimeException e) {
            return "(not readable: " + e.getClass().getSimpleName() + ")";
        }
    }

    private int pool(String figure) {
        return Integer.parseInt(browser.find(By.id(figure)).getText().replace(",", ""));
    }

    private void signIn(String user, String password, String landing) {
        browser.signIn(base, user, password);
        browser.waitForPage(base, landing);
    }

    private void openPage(String page) {
        browser.open(base, page);
        browser.waitForPage(base, page);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private void waitUntil(BooleanSupplier condition, String description) {
        waitUntil(condition, () -> description);
    }

    /** As above; the description is made when the wait fails, so it can say what the page shows then. */
    private void waitUntil(BooleanSupplier condition, Supplier<String> description) {
        try {
            browser.waiting().until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("waited for: " + description.get(), e);
        }
    }
}
