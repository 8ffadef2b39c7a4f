package org.onenumber.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium from the system's packages (/usr/bin/chromium and its matching /usr/bin/chromedriver): nothing
 * is downloaded, because the driver's path is given and Selenium Manager is only consulted when it is not. Register it
 * as an instance extension. It starts when a test first uses it, and the tests of one class share it: before a test
 * that uses it, it holds no cookie and one tab at the default size, showing a blank page, as a fresh one does. A
 * start costs some 1.7 s of CPU on this machine, and there are some two hundred browser tests in a run. When a test
 * fails, its last page is kept as target/screenshots/failed-TEST.png and .html for a person to look at, and the
 * next test gets a fresh browser. Outside JUnit (the CSV import benchmark), {@link #start()} opens one and
 * {@link #close()} ends it.
 */
public final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    /** A limit for work done in the background: a dispatcher round, a switch event, a batch job. */
    static final Duration BACKGROUND_WAIT = Duration.ofSeconds(60);
    static final Path SCREENSHOTS = Path.of(System.getProperty("project.basedir", "."), "target", "screenshots");

    private static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");
    private static final Dimension SIZE = new Dimension(1400, 1000);
    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(Browser.class);

    /** The test class's Chromium, or this browser's own outside JUnit. */
    private Chromium chromium;
    /** Where the class's Chromium is kept; null outside JUnit. */
    private ExtensionContext.Store classStore;
    /** Whether this test has had the browser, made clean for it. */
    private boolean taken;

    /** One Chromium, with a profile directory of its own, quit when its class's tests are done. */
    private static final class Chromium implements ExtensionContext.Store.CloseableResource {

        final Path profile;
        final ChromeDriver driver;

        Chromium() throws IOException {
            profile = Files.createTempDirectory("onenumber-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=" + SIZE.getWidth() + "," + SIZE.getHeight(),
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
        }

        /**
         * As a fresh one: one new tab (nothing of a tab's own, its history, session storage or scripts, goes on), no
         * cookie, the default size.
         */
        void clean() {
            List<String> old = List.copyOf(driver.getWindowHandles());
            driver.switchTo().newWindow(WindowType.TAB);
            String fresh = driver.getWindowHandle();
            for (String tab : old) {
                driver.switchTo().window(tab).close();
            }
            driver.switchTo().window(fresh);
            driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
            driver.manage().window().setSize(SIZE);
        }

        /** Stops what the last page runs (a poll every second, say) while the class's other tests go on. */
        void idle() {
            driver.get("about:blank");
        }

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                if (Files.exists(profile)) {
                    try (Stream<Path> files = Files.walk(profile)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        }

        void closeQuietly() {
            try {
                close();
            } catch (IOException | RuntimeException e) {
                // already gone: what matters is that it is not used again
            }
        }
    }

    /** A fresh headless Chromium of its own; {@link #close()} quits it. */
    public static Browser start() throws IOException {
        Browser browser = new Browser();
        browser.chromium = new Chromium();
        browser.taken = true;
        return browser;
    }

    @Override
    public void close() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ExtensionContext testClass = context.getParent().orElseThrow();
        while (testClass.getTestMethod().isPresent()) { // a repeated or parameterized test's template
            testClass = testClass.getParent().orElseThrow();
        }
        classStore = testClass.getStore(SHARED);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && chromium != null) {
            String name = "failed-" + context.getRequiredTestMethod().getName();
            try {
                screenshot(name + ".png");
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver().getPageSource(), StandardCharsets.UTF_8);
            } catch (RuntimeException | IOException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }

    /** A failure anywhere in the test (its own before and after methods too) leaves a browser no later test gets. */
    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (chromium != null) {
                if (context.getExecutionException().isPresent()) {
                    discard(chromium);
                } else {
                    chromium.idle();
                }
            }
        } catch (RuntimeException stuck) {
            discard(chromium);
        } finally {
            chromium = null;
            taken = false;
        }
    }

    private void discard(Chromium broken) {
        classStore.remove(Chromium.class, Chromium.class);
        broken.closeQuietly();
    }

    /**
     * Every cookie the browser holds for the page it shows, as its Cookie header: what a download started from the
     * page sends (the session cookie alone is not the whole session when sessions are kept in the cluster).
     */
    public String cookieHeader() {
        return driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** The class's Chromium, started when the class first needs it, and clean when this test first asks for it. */
    public ChromeDriver driver() {
        if (!taken) {
            Chromium shared = classStore.get(Chromium.class, Chromium.class);
            if (shared != null) {
                try {
                    shared.clean();
                } catch (WebDriverException gone) { // it died, or hangs on something: a new one
                    discard(shared);
                    shared = null;
                }
            }
            if (shared == null) {
                try {
                    shared = new Chromium();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                classStore.put(Chromium.class, shared);
            }
            chromium = shared;
            taken = true;
        }
        return chromium.driver;
    }

    /** An explicit wait; elements replaced by an ajax update while it looks are looked up again. */
    public WebDriverWait waiting() {
        return waiting(WAIT);
    }

    /**
     * The same, for what comes back from elsewhere (the switch outbox and its events, a batch job):
     * {@link #BACKGROUND_WAIT}, which a loaded two-core machine needs where a page's own answer needs {@link #WAIT}.
     */
    public WebDriverWait waitingForBackground() {
        return waiting(BACKGROUND_WAIT);
    }

    /** Waits with {@code wait} until the condition holds; an AssertionError naming it when it never does. */
    public static void until(WebDriverWait wait, java.util.function.BooleanSupplier condition, String description) {
        try {
            wait.withMessage(description).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited for: " + description, e);
        }
    }

    private WebDriverWait waiting(Duration limit) {
        WebDriverWait wait = new WebDriverWait(driver(), limit);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Opens a page of the application, {@code path} relative to the deployment's base URL. */
    public void open(URL base, String path) {
        driver().get(base.toString().replaceFirst("/?$", "/") + path.replaceFirst("^/", ""));
    }

    /** The path of the current page below the deployment, such as {@code /admin/users.xhtml}. */
    String page(URL base) {
        String url = driver().getCurrentUrl();
        String root = base.toString().replaceFirst("/?$", "");
        String path = url.startsWith(root) ? url.substring(root.length()) : url;
        return path.replaceFirst("[?#;].*$", "");
    }

    /** Waits until the browser shows the page {@code path} (relative to the deployment) and it has loaded. */
    public void waitForPage(URL base, String path) {
        waiting().withMessage(() -> "expected page " + path + " but was " + driver().getCurrentUrl())
                .until(d -> page(base).equals(path)
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Signs in through the login page and waits until the browser has left it. */
    void signIn(URL base, String username, String password) {
        open(base, "login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        WebElement button = driver().findElement(By.id("login:signIn"));
        button.click();
        awaitGone(button);
    }

    /** Signs in, waits until the page the person lands on (whichever their role's) has loaded, then opens {@code page}. */
    void signInTo(URL base, String username, String password, String page) {
        signIn(base, username, password);
        waiting().withMessage(() -> "signed in, but still on " + driver().getCurrentUrl())
                .until(d -> !page(base).equals("/login.xhtml")
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        open(base, page);
        waitForPage(base, page);
    }

    /**
     * Signs in, waits until the browser shows the page the person lands on ({@code home}, by role), then opens
     * {@code page} (a path such as /admin/users.xhtml) and waits for it.
     */
    void signInAndOpen(URL base, String username, String password, String home, String page) {
        signIn(base, username, password);
        waitForPage(base, home);
        open(base, page);
        waitForPage(base, page);
    }

    /**
     * Waits until the page that held {@code element} is replaced. Chromium sometimes answers a look at an
     * element of an unloaded page with "Node with given id does not belong to the document" instead of a
     * stale element reference; both mean the element is gone.
     */
    void awaitGone(WebElement element) {
        waiting().until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public WebElement find(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver().findElements(by);
    }

    void type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        if (text != null && !text.isEmpty()) {
            input.sendKeys(text);
        }
    }

    /**
     * Chooses {@code label} in a PrimeFaces selectOneMenu as a person does: opens its panel, clicks the
     * item. A click while the panel is still sliding open can be lost, so it clicks once the panel has
     * opened, and again until the menu shows the label (a full run once saw the panel stay open for 20 s with the item
     * below the list's fold, unchosen).
     */
    void choose(String menuId, String label) {
        By item = By.xpath("//*[@id='" + menuId + "_items']//li[@data-label='" + label + "']");
        waiting().ignoring(ElementClickInterceptedException.class)
                .withMessage(() -> "choosing " + label + " in " + menuId)
                .until(d -> {
                    if (label.equals(d.findElement(By.id(menuId + "_label")).getText())) {
                        return true;
                    }
                    WebElement panel = d.findElement(By.id(menuId + "_panel"));
                    if (!panel.isDisplayed()) {
                        d.findElement(By.id(menuId)).click();
                    } else if (panel.getAttribute("class").contains("ui-connected-overlay-enter-done")) {
                        // an item below the list's fold is scrolled to within the list first, as a person scrolls
                        // it, not left to the driver's own scrolling (which may move the page under the panel)
                        WebElement choice = d.findElement(item);
                        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", choice);
                        choice.click();
                    }
                    return false;
                });
    }

    /**
     * Support's account list narrowed to the one account named (the SOAP tests add accounts of their own);
     * returns the XPath of its row.
     */
    String supportAccountRow(String accountName) {
        type(By.id("accounts:name"), accountName);
        driver().findElement(By.id("accounts:search")).click();
        String row = "//tbody[@id='accounts:table_data']/tr[td[1][normalize-space()='" + accountName + "']]";
        waiting().withMessage(() -> accountName + " alone in the list")
                .until(d -> ajaxIdle() && d.findElements(By.xpath("//tbody[@id='accounts:table_data']/tr")).size() == 1
                        && !d.findElements(By.xpath(row)).isEmpty());
        return row;
    }

    /** Support signs in and opens the account named, as its Open button in the account list does. */
    public void openAccountAsSupport(URL base, String accountName) {
        signInAndOpen(base, "support", "Support-2026", "/admin/support/home.xhtml", "/admin/support/accounts.xhtml");
        String row = supportAccountRow(accountName);
        find(By.xpath(row + "//button[contains(@class, 'open-account')]")).click();
        waiting().withMessage(() -> accountName + " opened")
                .until(d -> find(By.id("currentAccount")).getText().equals(accountName));
    }

    /** Whether no PrimeFaces or jQuery request is in flight. */
    boolean ajaxIdle() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver()).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);"));
    }

    /**
     * Nothing on the page is moving: no jQuery effect (PrimeFaces fades dialogs and their masks in) and no CSS
     * transition or animation that ends. A check of colours made mid-fade sees blends no person reads.
     */
    boolean still() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver()).executeScript(
                "return (!window.jQuery || jQuery(':animated').length === 0)"
                        + " && (!document.getAnimations || document.getAnimations().every(function (a) {"
                        + " return a.playState !== 'running' || a.effect.getTiming().iterations === Infinity; }));"));
    }

    /** The text of the field message that follows the input {@code inputId} in its form's grid. */
    String messageBeside(String inputId) {
        return find(By.id(inputId)).findElement(By.xpath("following-sibling::*[contains(@class, 'ui-message')][1]")).getText().trim();
    }

    /** The text of the page's global messages (p:messages id="messages"), empty when none. */
    String globalMessages() {
        return findAll(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Saves what the browser shows to target/screenshots/{@code name}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name);
            File shot = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
