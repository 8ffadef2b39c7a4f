package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onenumber.client.SearchUsers;
import org.onenumber.client.SearchUsersResponse;
import org.onenumber.testsupport.Http;
import org.onenumber.testsupport.Axe;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The users' CSV import as an admin uses it, in headless Chromium: a file of 500 users with 5 bad rows is checked, the
 * report names exactly those rows and their columns and nothing is written; the import of the 495 others runs with a
 * progress bar to 100 %, and the result file lists every row (OK with the new user's id, INVALID with why), the users
 * read back over SOAP. A file that is no CSV of users is refused whole with a message, writing nothing.
 *
 * <p>Each test makes its own account over SOAP and works in it as carrier support.
 */
@ExtendWith(SharedServer.class)
class CsvImportWebIT {

    private static final String IMPORT = "/admin/user-import.xhtml";
    private static final String HEADER = "first_name,last_name,email,extension,site,business_number,desk_phone_model,desk_phone_mac";

    private final URL base;
    private final ProvisioningClient acme;

    @RegisterExtension
    final Browser browser = new Browser();

    /** The files the browser uploads, removed after each test. */
    @TempDir
    Path files;

    CsvImportWebIT(PayaraMicro server) {
        this.base = server.url();
        this.acme = ProvisioningClient.acme(base);
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /**
     * A row with fewer values than the header (a hand-edited file) is refused and listed with its row number, the column
     * "row" and why; it was in neither the report nor the result (its complaint names no column, and only columns'
     * complaints were listed: "1 has problems" over an empty table). Rows are numbered as a spreadsheet shows them, an
     * empty line counted (the row after one was named one too low). The result file lists every row.
     */
    /** Checks the file; the good and bad counts shown, and the problems table's rows (row, column, why). */
    private List<List<String>> check(Path file, String good, String bad) {
        browser.find(By.id("upload:file")).sendKeys(file.toString());
        browser.find(By.id("upload:check")).click();
        browser.find(By.id("summary"));
        assertEquals(good, browser.find(By.id("goodCount")).getText());
        assertEquals(bad, browser.find(By.id("badCount")).getText());
        @SuppressWarnings("unchecked")
        List<List<String>> problems = (List<List<String>>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.getElementById('report:problems_data').rows).map(function (r) {"
                        + "  return Array.from(r.cells).map(function (c) { return c.innerText.trim(); }); });");
        return problems;
    }

    @Test
    void aShortRowIsListedWithItsSpreadsheetRowNumberAndEveryRowIsInTheResult() throws Exception {
        String token = unique();
        TestAccounts.Made account = TestAccounts.create(acme.port(), "CSV short " + token, 0);
        String csv = HEADER + "\r\n"
                + String.join(",", "Ann", "Short" + token, "ann." + token + "@example.com", "41001", "HQ", "", "", "") + "\r\n"
                + "\r\n"                                                            // row 3: empty
                + String.join(",", "Bob", "Short", "bob." + token + "@example.com", "41002", "HQ") + "\r\n" // row 4: 5 values
                + String.join(",", "Cy", "Short", "cy." + token + "@example.com", "1", "HQ", "", "", "") + "\r\n"; // row 5
        Path file = Files.createTempFile(files, "short-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        browser.openAccountAsSupport(base, account.name());
        browser.open(base, IMPORT);
        browser.waitForPage(base, IMPORT);
        List<List<String>> problems = check(file, "1", "2");
        assertEquals(List.of(List.of("4", "row"), List.of("5", "extension")),
                problems.stream().map(p -> p.subList(0, 2)).toList(), "the rows and columns refused: " + problems);
        assertTrue(problems.get(0).get(2).contains("5 values"), problems.get(0).get(2));

        browser.find(By.id("report:importGood")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(300))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "COMPLETED".equals(d.findElement(By.id("importStatus")).getAttribute("data-status")));
        String href = browser.find(By.id("progress:result")).getAttribute("href");
        HttpResponse<String> response = Http.client().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", browser.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<CSVRecord> result = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        assertEquals(List.of("2 OK", "4 INVALID", "5 INVALID"),
                result.stream().map(r -> r.get("row") + " " + r.get("outcome")).toList(), response.body());
        assertEquals(1, usersOf(account.accountId()), "Ann, and only Ann, was added");

        // support with another account opened does not get it (it got any import of the carrier, opened or not)
        browser.openAccountAsSupport(base, "Globex Corporation");
        HttpResponse<String> elsewhere = Http.client().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", browser.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(409, elsewhere.statusCode(), "the page's link, once another account is open: " + elsewhere.body());
        String unnamed = href.replaceAll("[&?]account=\\d+", "");
        HttpResponse<String> crafted = Http.client().send(HttpRequest.newBuilder(URI.create(unnamed))
                .header("Cookie", browser.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, crafted.statusCode(), "an import of an account support has not opened, by its id alone: " + unnamed);
    }

    @Test
    void fiveHundredUsersWithFiveBadRowsAreReportedThenTheGoodOnesImportedWithAResultPerRow() throws Exception {
        String token = unique();
        TestAccounts.Made account = TestAccounts.create(acme.port(), "CSV import " + token, 100);
        String macPrefix = String.format("02:%02X:%02X", ThreadLocalRandom.current().nextInt(256),
                ThreadLocalRandom.current().nextInt(256));
        String notOurs = NumberBlocks.number(NumberBlocks.next(), 1);
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < 500; i++) {
            String extension = String.valueOf(40_000 + i);
            String number = i < 100 ? account.numbers().get(i) : "";
            String mac = i < 60 ? String.format("%s:%02X:%02X:%02X", macPrefix, i / 256 / 256, i / 256 % 256, i % 256) : "";
            String lastName = "User" + i;
            switch (i) {
                case 10 -> mac = "zz:zz:zz";               // row 12: no MAC address
                case 100 -> extension = "1";               // row 102: outside the dial plan's format
                case 200 -> number = notOurs;              // row 202: not in the account's inventory
                case 300 -> extension = String.valueOf(40_000 + 299); // row 302: row 301's extension again
                case 400 -> lastName = "";                 // row 402: no last name
                default -> { }
            }
            csv.append(String.join(",", "Imp" + i, lastName, "imp" + i + "." + token + "@example.com", extension, "HQ",
                    number, mac.isEmpty() ? "" : "Yealink T54W", mac)).append("\r\n");
        }
        Path file = Files.createTempFile(files, "users-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        browser.openAccountAsSupport(base, account.name());
        browser.open(base, "admin/users.xhtml");
        browser.waitForPage(base, "/admin/users.xhtml");
        browser.find(By.id("users:importUsers")).click();
        browser.waitForPage(base, IMPORT);
        assertTrue(browser.find(By.id("columns")).getText().contains("desk_phone_mac"), "the page names the columns");

        List<List<String>> problems = check(file, "495", "5");
        assertEquals(List.of(List.of("12", "desk_phone_mac"), List.of("102", "extension"), List.of("202", "business_number"),
                        List.of("302", "extension"), List.of("402", "last_name")),
                problems.stream().map(p -> p.subList(0, 2)).toList(), "the rows and columns refused: " + problems);
        assertTrue(problems.get(3).get(2).contains("Row 301"), problems.get(3).get(2));
        assertTrue(problems.get(2).get(2).contains("not in this account's number inventory"), problems.get(2).get(2));
        assertEquals(0, usersOf(account.accountId()), "the check wrote nothing");
        assertEquals(List.of(), Axe.seriousViolations(browser.driver()), "the report has no serious accessibility problem");

        long started = System.nanoTime();
        browser.find(By.id("report:importGood")).click();
        browser.find(By.id("progress:bar"));
        // what each refresh of the page showed: rows done and the bar's value. An import of 495 rows may finish between
        // two refreshes (one a second), so a value between 0 and 100 is not required; every value shown must be the
        // rows done so far, and never go back.
        List<List<Integer>> seen = new ArrayList<>();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(180), Duration.ofMillis(300))
                .ignoring(StaleElementReferenceException.class).withMessage(() -> "the import completed; progress seen: " + seen)
                .until(d -> {
                    // one script reads the whole form, so the values come from the same refresh
                    @SuppressWarnings("unchecked")
                    List<String> shown = (List<String>) ((JavascriptExecutor) d).executeScript(
                            "return [document.getElementById('importStatus').getAttribute('data-status'),"
                                    + " document.getElementById('importDone').textContent,"
                                    + " document.getElementById('importTotal').textContent,"
                                    + " document.getElementById('importProgress').getAttribute('aria-valuenow')];");
                    String status = shown.get(0);
                    seen.add(shown.subList(1, 4).stream().map(v -> Integer.valueOf(v.trim())).toList());
                    assertFalse("FAILED".equals(status), "the import stopped; progress seen: " + seen);
                    return "COMPLETED".equals(status);
                });
        System.out.printf("CsvImportWebIT: 495 users imported in %.1f s; rows done, of, percent seen: %s%n",
                (System.nanoTime() - started) / 1e9, seen);
        for (int k = 0; k < seen.size(); k++) {
            int done = seen.get(k).get(0);
            assertEquals(495, seen.get(k).get(1), "the rows to add; progress seen: " + seen);
            assertEquals(done * 100 / 495, seen.get(k).get(2), "the bar shows the rows done; progress seen: " + seen);
            assertTrue(k == 0 || done >= seen.get(k - 1).get(0), "progress never goes back; progress seen: " + seen);
        }
        assertEquals("100", browser.find(By.id("importProgress")).getAttribute("aria-valuenow"), "progress seen: " + seen);
        assertTrue(browser.find(By.id("progress:bar")).getText().contains("100%"), browser.find(By.id("progress:bar")).getText());
        assertEquals("495", browser.find(By.id("importDone")).getText());
        assertEquals("0", browser.find(By.id("importFailed")).getText());
        assertEquals(List.of(), Axe.seriousViolations(browser.driver()), "the finished import has no serious accessibility problem");

        String href = browser.find(By.id("progress:result")).getAttribute("href");
        HttpResponse<String> response = Http.client().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", browser.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        List<CSVRecord> result = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        assertEquals(500, result.size(), "a line per row of the file");
        Set<String> invalid = new HashSet<>();
        Map<String, Long> idByEmail = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            CSVRecord row = result.get(i);
            assertEquals(String.valueOf(i + 2), row.get("row"), "in file order");
            if (row.get("outcome").equals("OK")) {
                assertFalse(row.get("user_id").isEmpty(), "an OK row names its user: " + row);
                idByEmail.put(row.get("email"), Long.valueOf(row.get("user_id")));
            } else {
                assertEquals("INVALID", row.get("outcome"), row.toString());
                assertFalse(row.get("message").isEmpty(), row.toString());
                invalid.add(row.get("row"));
            }
        }
        assertEquals(Set.of("12", "102", "202", "302", "402"), invalid);
        assertEquals(495, idByEmail.size());
        assertEquals(495, usersOf(account.accountId()), "the users are in the account");
        String email = "imp499." + token + "@example.com";
        SearchUsers search = new SearchUsers();
        search.setEmail(email);
        var found = acme.port().searchUsers(search).getUser();
        assertEquals(1, found.size());
        assertEquals((long) idByEmail.get(email), found.get(0).getUserId(), "the result's id is the user's");

        // another account's admin does not get the result
        browser.signIn(base, "dm", "Decision-2026");
        HttpResponse<String> other = Http.client().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", browser.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, other.statusCode(), "another account's import is not found");
    }

    @Test
    void aFileThatIsNoCsvOfUsersIsRefusedWholeAndWritesNothing() throws Exception {
        TestAccounts.Made account = TestAccounts.create(acme.port(), "CSV garbage " + unique(), 0);
        browser.openAccountAsSupport(base, account.name());
        browser.open(base, IMPORT);
        browser.waitForPage(base, IMPORT);

        Path garbage = Files.createTempFile(files, "garbage-", ".csv");
        byte[] bytes = new byte[4096];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] = (byte) 0x89;
        Files.write(garbage, bytes);
        String message = upload(garbage);
        assertTrue(message.contains("UTF-8") || message.contains("header"), message);
        assertTrue(browser.findAll(By.id("summary")).isEmpty(), "no report");

        Path wrongHeader = Files.createTempFile(files, "wrong-", ".csv");
        Files.writeString(wrongHeader, "name,surname,mail\r\nAda,Lovelace,ada@example.com\r\n");
        message = upload(wrongHeader);
        assertTrue(message.contains("Missing: first_name, last_name, email"), message);
        assertTrue(message.contains("Unknown: name, surname, mail"), message);
        assertTrue(browser.findAll(By.id("summary")).isEmpty(), "no report");

        // past the server's limit of a file (8 MiB), not only the import's (2 MB): the page's own message still
        Path huge = Files.createTempFile(files, "huge-", ".csv");
        StringBuilder rows = new StringBuilder(HEADER).append("\r\n");
        while (rows.length() < 8.5 * 1024 * 1024) {
            rows.append("Ada,Lovelace,ada@example.com,40001,HQ,,,\r\n");
        }
        Files.writeString(huge, rows);
        message = upload(huge);
        assertTrue(message.contains("larger than 2 MB"), message);
        assertTrue(browser.findAll(By.id("summary")).isEmpty(), "no report");
        assertEquals(0, usersOf(account.accountId()));
    }

    private String upload(Path file) {
        browser.find(By.id("upload:file")).sendKeys(file.toString());
        browser.find(By.id("upload:check")).click();
        browser.waitForPage(base, IMPORT);
        return browser.waiting().until(d -> {
            String text = browser.find(By.id("upload:fileMessage")).getText().trim();
            return text.isEmpty() ? null : text;
        });
    }

    private long usersOf(long accountId) throws Exception {
        SearchUsers search = new SearchUsers();
        search.setAccountId(accountId);
        search.setIncludeTotal(true);
        SearchUsersResponse response = acme.port().searchUsers(search);
        return response.getTotal();
    }
}
