package org.onenumber.bench;

import static org.onenumber.bench.Bench.log;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.onenumber.client.AddUser;
import org.onenumber.client.ProvisioningPort;
import org.onenumber.it.Browser;
import org.onenumber.testsupport.Http;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The users' CSV import as an admin runs it, in headless Chromium (the browser test's {@link Browser}): N users
 * (10,000 by default, {@code bench.csv.users}) of one new account, each with a business number from its inventory,
 * an extension and a desk phone, written to a CSV file in the import's columns, checked on admin/user-import.xhtml
 * and imported. Not a test, not in {@code mvn verify}: {@code mvn -B -Pcsv-bench package} (H2), with
 * {@code -Dbench.postgres.url=jdbc:postgresql://127.0.0.1:5432/<empty database>} for PostgreSQL too.
 *
 * <p>It prints, per database: seconds from Check file to the report shown; seconds from Import to 100 %; users per
 * second for each thousand (from the page's Rows done, which the page polls every second and the benchmark reads
 * every 250 ms, to show whether the rate stays flat); seconds after 100 % until the switch emulator holds every desk
 * phone (as {@link BulkBenchmark} measures it); the result file's rows by outcome; and, as the figure to compare with
 * ({@code bench.csv.floor}), the same users of another account sent as AddUser batch documents of 100 by 4 clients,
 * with the ratio of the two rates.
 */
public final class CsvImportBenchmark {

    private static final String IMPORT = "/admin/user-import.xhtml";
    private static final String HEADER = "first_name,last_name,email,extension,site,business_number,desk_phone_model,desk_phone_mac";
    private static final int CLIENTS = 4;
    private static final int PER_DOCUMENT = 100;

    private CsvImportBenchmark() {
    }

    public static void main(String[] args) {
        int users = Bench.bounded("bench.csv.users", 10_000, 100, 10_000);
        boolean floor = Boolean.parseBoolean(Bench.prop("bench.csv.floor", "true"));
        Bench.onEachDatabase("csv", Bench.bounded("bench.maxMinutes", 40, 1, 120),
                (server, db, rows) -> run(server, db, users, floor, rows));
    }

    /** Adds its rows to {@code rows} as it goes, so that a run stopped part way still prints what it measured. */
    private static void run(PayaraMicro server, String db, int users, boolean floor, List<String> rows) throws Exception {
        URL base = server.url();
        ProvisioningPort provisioning = ProvisioningClient.acme(base).port();
        long desksBefore = BulkBenchmark.endpoints(server, "DESK");
        TestAccounts.Made account = TestAccounts.create(provisioning, "CSV bench " + System.nanoTime(), 0);
        long inventoryStart = System.nanoTime();
        List<String> numbers = BulkBenchmark.inventory(base, account.accountId(), users);
        rows.add(String.format("| %s | %d numbers into the inventory | %.1f | s | documents of 20 x 500 |", db,
                numbers.size(), (System.nanoTime() - inventoryStart) / 1e9));
        Path file = csv(account, numbers, users);
        log(users + " users in " + file + " (" + Files.size(file) / 1024 + " KiB)");

        Browser browser = Browser.start();
        // a run ended from outside (the watchdog, a signal) quits Chromium too, as it stops the server
        Thread quit = new Thread(() -> {
            try {
                browser.close();
            } catch (Exception e) {
                log("Chromium did not quit: " + e);
            }
        }, "quit-chromium");
        Runtime.getRuntime().addShutdownHook(quit);
        try {
            WebDriver driver = browser.driver();
            browser.openAccountAsSupport(base, account.name());
            browser.open(base, IMPORT);
            browser.waitForPage(base, IMPORT);

            browser.find(By.id("upload:file")).sendKeys(file.toString());
            long checkStart = System.nanoTime();
            browser.find(By.id("upload:check")).click();
            waitUpTo(driver, 10).until(d -> !d.findElements(By.id("summary")).isEmpty() || !browser.findAll(By.id("upload:fileMessage"))
                    .stream().allMatch(m -> m.getText().isBlank()));
            double checkSeconds = (System.nanoTime() - checkStart) / 1e9;
            if (driver.findElements(By.id("summary")).isEmpty()) {
                throw new IllegalStateException("the file was refused: " + browser.find(By.id("upload:fileMessage")).getText());
            }
            String good = browser.find(By.id("goodCount")).getText();
            String bad = browser.find(By.id("badCount")).getText();
            rows.add(String.format("| %s | check of %d rows (upload to report shown) | %.1f | s | %s good, %s refused |", db,
                    users, checkSeconds, good, bad));

            List<long[]> samples = new ArrayList<>();
            long importStart = System.nanoTime();
            browser.find(By.id("report:importGood")).click();
            String[] seen = new String[1];
            waitUpTo(driver, 60).until(d -> {
                try {
                    List<WebElement> done = d.findElements(By.id("importDone"));
                    List<WebElement> state = d.findElements(By.id("importStatus"));
                    if (done.isEmpty() || state.isEmpty()) {
                        return false;
                    }
                    int rowsDone = Integer.parseInt(done.get(0).getText().trim());
                    seen[0] = state.get(0).getAttribute("data-status");
                    long before = samples.isEmpty() ? 0 : samples.get(samples.size() - 1)[1];
                    if (samples.isEmpty() || before != rowsDone) {
                        samples.add(new long[] {System.nanoTime(), rowsDone});
                        if (rowsDone < before) {
                            log("the page's Rows done went back from " + before + " to " + rowsDone);
                        }
                        if (rowsDone / 1000 > before / 1000) {
                            log(rowsDone + " rows done after " + Math.round((System.nanoTime() - importStart) / 1e9) + " s");
                        }
                    }
                    return "COMPLETED".equals(seen[0]) || "FAILED".equals(seen[0]);
                } catch (WebDriverException | NumberFormatException e) {
                    return false; // the poll replaced the form while it was read
                }
            });
            long importEnd = System.nanoTime();
            double importSeconds = (importEnd - importStart) / 1e9;
            String done = browser.find(By.id("importDone")).getText();
            String failed = browser.find(By.id("importFailed")).getText();
            String percent = browser.find(By.id("importProgress")).getAttribute("aria-valuenow");
            double importRate = Integer.parseInt(done) / importSeconds;
            rows.add(String.format("| %s | import of %s rows (Import to %s %%, status %s) | %.1f | s | %.1f users/s; %s not added |",
                    db, good, percent, seen[0], importSeconds, importRate, failed));
            long previous = importStart;
            for (int k = 1000; k <= users; k += 1000) {
                int threshold = k;
                long at = samples.stream().filter(s -> s[1] >= threshold).mapToLong(s -> s[0]).findFirst().orElse(-1);
                if (at < 0) {
                    break;
                }
                rows.add(String.format("| %s | thousand %d | %.1f | users/s | |", db, k / 1000, 1000 / ((at - previous) / 1e9)));
                previous = at;
            }

            long synced = BulkBenchmark.awaitSwitch(server, "DESK", desksBefore + Integer.parseInt(done), importEnd);
            rows.add(String.format("| %s | switch holds all %s desk phones | %.1f | s after 100 %% | |", db, done,
                    (synced - importEnd) / 1e9));

            String href = browser.find(By.id("progress:result")).getAttribute("href");
            HttpResponse<String> response = Http.client().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", browser.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the result file: HTTP " + response.statusCode());
            }
            List<CSVRecord> result = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(response.body())).getRecords();
            Map<String, Integer> outcomes = new TreeMap<>();
            result.forEach(r -> outcomes.merge(r.get("outcome"), 1, Integer::sum));
            rows.add(String.format("| %s | result file: rows OK | %d | rows | %d rows in all, %s |", db,
                    outcomes.getOrDefault("OK", 0), result.size(), outcomes));

            if (floor) {
                double floorRate = batchDocuments(base, provisioning, db, users, rows);
                rows.add(String.format("| %s | CSV import's rate / batch documents' rate | %.2f | | %.1f / %.1f users/s |", db,
                        importRate / floorRate, importRate, floorRate));
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(quit);
                browser.close();
            } catch (IllegalStateException shuttingDown) {
                // the hook quits it
            }
        }
    }

    /** The file an admin would upload: a header, then one row per user with the fields BulkBenchmark sends. */
    private static Path csv(TestAccounts.Made account, List<String> numbers, int users) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < users; i++) {
            AddUser user = BulkBenchmark.user(account, numbers, i);
            csv.append(String.join(",", user.getFirstName(), user.getLastName(), user.getEmail(), user.getExtension(), "HQ",
                    user.getBusinessNumber(), user.getDeskPhone().getModel(), user.getDeskPhone().getMacAddress())).append("\r\n");
        }
        Path file = Bench.dataRoot().resolve("csv-users-" + users + ".csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * The same users (of a new account, with their own numbers) as ALL_OR_NOTHING documents of 100 AddUser commands
     * from 4 clients, as BulkBenchmark sends them without the enablements; returns users per second.
     */
    private static double batchDocuments(URL base, ProvisioningPort provisioning, String db, int users, List<String> rows)
            throws Exception {
        TestAccounts.Made account = TestAccounts.create(provisioning, "CSV bench floor " + System.nanoTime(), 0);
        List<String> numbers = BulkBenchmark.inventory(base, account.accountId(), users);
        long start = System.nanoTime();
        BulkBenchmark.documents(base, users, (port, from, to) -> BulkBenchmark.addUsers(port, account, numbers, from, to));
        double seconds = (System.nanoTime() - start) / 1e9;
        rows.add(String.format("| %s | the same %d users as AddUser batch documents | %.1f | s | %.1f users/s; %d clients,"
                + " documents of %d, the figure to compare with |", db, users, seconds, users / seconds, CLIENTS, PER_DOCUMENT));
        return users / seconds;
    }

    /** A wait of up to {@code minutes}, looking every 250 ms. */
    private static WebDriverWait waitUpTo(WebDriver driver, int minutes) {
        return new WebDriverWait(driver, Duration.ofMinutes(minutes), Duration.ofMillis(250));
    }
}
