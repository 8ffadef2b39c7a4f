package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.testsupport.Axe;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.WebLogins;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page as a person with a screen reader, a keyboard or a small laptop meets it, in headless Chromium against
 * the deployed WAR: axe-core finds no serious or critical WCAG 2.1 A/AA violation on any admin page (as the
 * account's Decision Maker and as carrier support), any My Phone page, the sign-in pages and the error pages, nor
 * with their main dialogs open; and the admin pages fit windows 1024 and 800 px wide: the page never scrolls
 * sideways (a wide table scrolls inside its own box), open dialogs stay inside the window, and the Mobility row's
 * action button can be reached.
 *
 * <p>Each test walks its pages and lists everything it found at the end, so that one run shows every problem.
 * Support works on an account of its own, made once for the run with one mobility user (the demo accounts are
 * left as other tests expect them); the Decision Maker looks at the demo account Globex without changing it.
 */
@ExtendWith(SharedServer.class)
class AccessibilityWebIT {

    /** The admin pages of an account, which its admins and support (once it opened the account) see. */
    private static final List<String> ACCOUNT_PAGES = List.of("admin/home.xhtml", "admin/users.xhtml", "admin/numbers.xhtml",
            "admin/devices.xhtml", "admin/addons.xhtml", "admin/mobility.xhtml", "admin/call-timers.xhtml",
            "admin/office-anywhere.xhtml", "admin/usage.xhtml", "admin/billing.xhtml", "admin/switch-sync.xhtml",
            "admin/account.xhtml", "admin/audit.xhtml", "admin/user-import.xhtml");
    private static final List<String> SUPPORT_PAGES = List.of("admin/support/home.xhtml", "admin/support/accounts.xhtml",
            "admin/support/mailbox.xhtml", "admin/support/routers.xhtml", "admin/support/reconciliation.xhtml");
    private static final List<String> MY_PHONE_PAGES = List.of("myphone/profile.xhtml", "myphone/numbers.xhtml",
            "myphone/features.xhtml", "myphone/calls.xhtml", "myphone/devices.xhtml");
    /** Pages with a form for one thing, opened with its id (user.xhtml without one adds a user). */
    private static final String USER = "admin/user.xhtml";
    private static final Dimension WIDE = new Dimension(1400, 1000);
    private static final List<Integer> NARROW = List.of(1024, 800);
    /** A layout after a resize, a dialog's or a menu's animation: quick, but the browser shares two busy cores. */
    private static final Duration LAYOUT = Browser.WAIT;

    /** Support's account for the run: Mobility active, one mobility user with a client on the switch. */
    private static MobilityAccounts.Account account;

    private final PayaraMicro server;
    private final URL base;
    private final List<String> problems = new ArrayList<>();

    @RegisterExtension
    final Browser browser = new Browser();

    AccessibilityWebIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
    }

    @Test
    void theWalksBelowCoverEveryAdminAndMyPhonePage() throws IOException {
        Path webapp = Path.of(System.getProperty("project.basedir", "."), "src", "main", "webapp");
        List<String> walked = new ArrayList<>(ACCOUNT_PAGES);
        walked.addAll(SUPPORT_PAGES);
        walked.addAll(MY_PHONE_PAGES);
        walked.add(USER);
        for (String folder : List.of("admin", "myphone")) {
            try (Stream<Path> pages = Files.walk(webapp.resolve(folder))) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                    String path = webapp.relativize(page).toString().replace('\\', '/');
                    assertTrue(walked.contains(path), path + " is walked by a test of this class");
                }
            }
        }
    }

    @Test
    void theDecisionMakersAdminPagesHaveNoSeriousViolationsAndFitNarrowWindows() {
        signIn("dm", "Decision-2026", "/admin/users.xhtml");
        String userLink = browser.find(By.cssSelector("a.user-link")).getAttribute("href");
        for (String page : ACCOUNT_PAGES) {
            open(page);
            check(page);
            dialogs(page);
        }
        open(USER);
        check("Add user");
        browser.driver().get(userLink);
        browser.waitForPage(base, "/" + USER);
        check("Edit user");
        // a wrong role's page
        open("admin/support/accounts.xhtml", "/admin/support/accounts.xhtml");
        check("forbidden page");
        assertNoProblems();
    }

    @Test
    void supportsPagesHaveNoSeriousViolationsAndFitNarrowWindows() throws Exception {
        MobilityAccounts.Account account = account();
        signIn("support", "Support-2026", "/admin/support/accounts.xhtml");
        for (String page : SUPPORT_PAGES) {
            open(page);
            check(page);
            dialogs(page);
        }
        openAccount(account.name());
        for (String page : ACCOUNT_PAGES) {
            open(page);
            check(page + " (support)");
            dialogs(page);
        }
        open(USER + "?id=" + account.userIds().get(0), "/" + USER);
        check("Edit user (support)");
        assertNoProblems();
    }

    @Test
    void theMobilityPageAt800PixelsShowsTheRowActionsAndTheAddDialogInsideTheWindow() throws Exception {
        openAccount(account().name());
        open("admin/mobility.xhtml");
        resize(800);
        WebElement rowButton = browser.find(By.id("mobility:table:0:rowMenu_button"));
        assertTrue(waitFor(() -> inViewport(rowButton)), "the row's action button is inside the 800 px window: " + rect(rowButton));
        browser.screenshot("mobility-800.png");
        assertTrue(fitsWidth(), "no sideways scrolling at 800 px: " + widths());
        rowButton.click();
        WebElement update = browser.find(By.id("mobility:table:0:rowUpdate"));
        assertTrue(inViewport(update), "its menu too: " + rect(update));

        open("admin/mobility.xhtml");
        browser.find(By.id("mobility:add")).click();
        browser.find(By.id("add:search"));
        waitUntil(browser::ajaxIdle, "the Add dialog loaded");
        WebElement dialog = browser.find(By.id("addDialog"));
        assertTrue(waitFor(() -> inViewport(dialog)), "the Add dialog is inside the 800 px window: " + rect(dialog));
        browser.screenshot("mobility-800-add.png");
    }

    @Test
    void supportsHeaderKeepsItsEntriesWholeAt800Pixels() throws Exception {
        openAccount(account().name());
        resize(800);
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) js("return Array.from(document.querySelectorAll("
                + "'header.top .ui-menubar > .ui-menu-list > .ui-menuitem > .ui-menuitem-link .ui-menuitem-text,"
                + " header.top .brand, header.top .account, header.top #signedInAs, header.top .who .ui-button-text'))"
                + ".filter(function (e) { var s = getComputedStyle(e), line = parseFloat(s.lineHeight) || 1.3 * parseFloat(s.fontSize);"
                + " return e.getBoundingClientRect().height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom) > 1.5 * line; })"
                + ".map(function (e) { return e.textContent.trim(); });");
        Object menuRows = js("return new Set(Array.from(document.querySelectorAll("
                + "'header.top .ui-menubar > .ui-menu-list > .ui-menuitem')).map(function (e) {"
                + " return Math.round(e.getBoundingClientRect().top); })).size;");
        browser.screenshot("support-header-800.png");
        assertEquals(List.of(), broken, "header entries broken over two lines at 800 px");
        assertEquals(1L, menuRows, "the menu's entries in one row at 800 px");
        assertTrue(fitsWidth(), "no sideways scrolling at 800 px: " + widths());
    }

    @Test
    void myPhonePagesHaveNoSeriousViolations() {
        signIn("maya", "Phone-2026-maya", "/myphone/profile.xhtml");
        for (String page : MY_PHONE_PAGES) {
            open(page);
            axe(page);
        }
        open("change-password.xhtml");
        axe("change password");
        open("admin/users.xhtml", "/admin/users.xhtml");
        axe("forbidden page (end user)");
        assertNoProblems();
    }

    @Test
    void signInAndErrorPagesHaveNoSeriousViolations() throws Exception {
        open("login.xhtml");
        axe("login");
        WebElement signIn = browser.find(By.id("login:signIn"));
        signIn.click();
        browser.awaitGone(signIn);
        browser.find(By.cssSelector("[id='login'] .ui-message-error"));
        axe("login with field errors");
        for (String page : List.of("error.xhtml", "expired.xhtml", "no-such-page.xhtml")) {
            open(page, "/" + page);
            axe(page);
        }

        // an account that asks for an access code: its user's sign-in stops at the code page
        MobilityAccounts.Account account = account();
        WebLogins logins = WebLogins.of(server);
        String username = "a11y-" + account.accountId();
        logins.add(username, account.accountId(), account.userIds().get(0), "END_USER");
        logins.requireAccessCodes(account.accountId());
        browser.signIn(base, username, WebLogins.PASSWORD);
        browser.waitForPage(base, "/access-code.xhtml");
        axe("access code");
        browser.type(By.id("accessCode:code"), "12");
        WebElement submit = browser.find(By.id("accessCode:submit"));
        submit.click();
        browser.awaitGone(submit);
        browser.find(By.id("accessCode:codeMessage"));
        axe("access code with a field error");
        assertNoProblems();
    }

    // --- what is checked -----------------------------------------------------------------------------

    /** The page as it is now: axe at the usual width, then the width checks at 1024 and 800 px. */
    private void check(String what) {
        axe(what);
        narrow(what);
    }

    private void axe(String what) {
        waitUntil(() -> browser.ajaxIdle() && browser.still(), "no request in flight and nothing moving on " + what);
        for (String violation : Axe.seriousViolations(browser.driver())) {
            problems.add(what + ": " + violation);
        }
    }

    /** At each narrow width: no sideways scrolling of the page, and every open dialog inside the window. */
    private void narrow(String what) {
        for (int width : NARROW) {
            resize(width);
            if (!waitFor(this::fitsWidth)) {
                problems.add(what + " at " + width + " px: the page scrolls sideways, " + widths());
            }
            for (WebElement dialog : openDialogs()) {
                if (!waitFor(() -> inViewport(dialog))) {
                    problems.add(what + " at " + width + " px: dialog " + dialog.getAttribute("id") + " outside the window "
                            + rect(dialog));
                }
            }
        }
        browser.driver().manage().window().setSize(WIDE);
    }

    /** Opens the page's main dialogs one after the other, each checked while open. */
    private void dialogs(String page) {
        Map<String, Runnable> openers = switch (page) {
            // without the add-on the page offers no Add (it says so); the support walk opens the dialog on an account with it
            case "admin/mobility.xhtml" -> browser.findAll(By.id("mobility:add")).isEmpty() ? Map.<String, Runnable>of()
                    : Map.of("Add Mobility Users", () -> clickAndWait("mobility:add", "add:search"));
            case "admin/addons.xhtml" -> Map.of("Connect Mobility Settings",
                    () -> clickAndWait(browser.findAll(By.id("addons:activate")).isEmpty() ? "addons:openSettings" : "addons:activate",
                            "settings:ok"));
            case "admin/office-anywhere.xhtml" -> Map.of("Add Office Anywhere", () -> clickAndWait("portals:add", "portal:save"));
            case "admin/support/routers.xhtml" -> Map.of("Mobility router", () -> clickAndWait("routers:add", "router:save"));
            case "admin/devices.xhtml" -> Map.of("purchase confirmation", () -> {
                WebElement quantity = browser.find(By.id("pool:quantity"));
                quantity.clear();
                quantity.sendKeys("1");
                clickAndWait("pool:purchase", "purchaseConfirm:yes");
            });
            default -> Map.of();
        };
        openers.forEach((name, opener) -> {
            opener.run();
            check(page + " with " + name + " open");
            js("PrimeFaces.widgets && Object.keys(PrimeFaces.widgets).forEach(function (w) {"
                    + " var widget = PrimeFaces.widgets[w]; if (widget && widget.jq && widget.jq.hasClass('ui-dialog')"
                    + " && widget.isVisible && widget.isVisible()) { widget.hide(); } });");
        });
        if (page.equals("admin/mobility.xhtml") && !browser.findAll(By.id("mobility:table:0:rowMenu_button")).isEmpty()) {
            browser.find(By.id("mobility:table:0:rowMenu_button")).click();
            clickVisible(By.id("mobility:table:0:rowUpdate"));
            browser.find(By.id("update:ok"));
            waitUntil(browser::ajaxIdle, "the update dialog loaded");
            noMenuOver(page + " with Edit Mobility Settings open");
            check(page + " with Edit Mobility Settings open");
        }
        if (page.equals("admin/support/accounts.xhtml")) {
            String row = browser.supportAccountRow(account.name());
            for (String item : List.of("a.set-licenses", "a.edit-settings")) {
                browser.find(By.xpath(row + "//*[contains(@class, 'mobility-actions')]//button")).click();
                clickVisible(By.cssSelector(item));
                waitUntil(() -> browser.ajaxIdle() && !openDialogs().isEmpty(), item + " dialog open");
                noMenuOver(page + " with " + item + " open");
                check(page + " with " + item + " open");
                js("PF('supportLicensesDialog').hide(); PF('supportSettingsDialog').hide();");
                waitUntil(() -> openDialogs().isEmpty(), "dialog closed");
            }
        }
    }

    private boolean fitsWidth() {
        return (Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    private String widths() {
        return String.valueOf(js("return 'page ' + document.documentElement.scrollWidth + ' px in a window of '"
                + " + window.innerWidth + ' px; beyond it: ' + Array.from(document.querySelectorAll('body *'))"
                + ".filter(function (e) { if (e.getBoundingClientRect().right <= window.innerWidth + 1) return false;"
                + " for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {"
                + " if (getComputedStyle(a).overflowX !== 'visible') return false; } return true; })"
                + ".slice(0, 5).map(function (e) { return e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className"
                + " + ' ' + Math.round(e.getBoundingClientRect().right); }).join('; ');"));
    }

    private boolean inViewport(WebElement element) {
        return (Boolean) js("var r = arguments[0].getBoundingClientRect(); return r.width > 0 && r.left >= 0 && r.top >= 0"
                + " && r.right <= window.innerWidth && r.bottom <= window.innerHeight;", element);
    }

    private String rect(WebElement element) {
        return String.valueOf(js("var r = arguments[0].getBoundingClientRect(); return Math.round(r.left) + ','"
                + " + Math.round(r.top) + ' to ' + Math.round(r.right) + ',' + Math.round(r.bottom) + ' in '"
                + " + window.innerWidth + 'x' + window.innerHeight;", element));
    }

    /** A row menu whose entry opened a dialog is closed, not left above the dialog (and beyond a narrow window). */
    private void noMenuOver(String where) {
        // a menu closes with a short fade: allow it
        if (!waitFor(() -> browser.findAll(By.cssSelector(".ui-menu-dynamic, .ui-contextmenu")).stream()
                .noneMatch(WebElement::isDisplayed))) {
            problems.add(where + ": a menu is still open above the dialog");
        }
    }

    private List<WebElement> openDialogs() {
        return browser.findAll(By.cssSelector(".ui-dialog")).stream().filter(WebElement::isDisplayed).toList();
    }

    private void assertNoProblems() {
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    // --- getting there -------------------------------------------------------------------------------

    private static synchronized MobilityAccounts.Account account(PayaraMicro server) throws Exception {
        if (account == null) {
            account = MobilityAccounts.on(server).create(1);
        }
        return account;
    }

    private MobilityAccounts.Account account() throws Exception {
        return account(server);
    }

    private void openAccount(String name) {
        signIn("support", "Support-2026", "/admin/support/accounts.xhtml");
        String row = browser.supportAccountRow(name);
        WebElement open = browser.find(By.xpath(row + "//button[contains(@class, 'open-account')]"));
        open.click();
        browser.awaitGone(open);
        browser.waitForPage(base, "/admin/users.xhtml");
    }

    private void signIn(String user, String password, String page) {
        browser.signInTo(base, user, password, page);
    }

    private void open(String page) {
        open(page, "/" + page);
    }

    private void open(String path, String page) {
        browser.open(base, path);
        browser.waitForPage(base, page);
    }

    private void resize(int width) {
        browser.driver().manage().window().setSize(new Dimension(width, WIDE.getHeight()));
    }

    private void clickAndWait(String button, String shown) {
        browser.find(By.id(button)).click();
        browser.find(By.id(shown));
        waitUntil(browser::ajaxIdle, shown + " loaded");
    }

    private void clickVisible(By by) {
        browser.waiting().until(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /** Whether the condition holds within a moment (a layout after a resize). */
    private boolean waitFor(BooleanSupplier condition) {
        try {
            return new WebDriverWait(browser.driver(), LAYOUT).until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            return false;
        }
    }

    private void waitUntil(BooleanSupplier condition, String description) {
        try {
            browser.waiting().withMessage(description).until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("waited for: " + description, e);
        }
    }
}
