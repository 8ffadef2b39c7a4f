package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onenumber.client.SearchUsers;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.Polling;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.TestAccounts;
import org.openqa.selenium.By;

/**
 * A CSV import survives its server being killed in the middle: a new server on the same database goes on with it by
 * itself once the dead instance's lease has lapsed, and every row ends added exactly once. It starts its own servers
 * (H2 in its own data directory, as the other restart tests).
 *
 * <p>Support imports 1,000 users from the page. Once some chunks are in, the test holds the import's own row in the
 * database, so the chunk being added waits for it, and kills the server with SIGKILL. Read with no server up: the
 * import is still running, and the users in the account are exactly the rows recorded as added (a chunk's users and
 * their rows' outcomes commit together: a killed chunk left users whose rows were not marked, which the next execution
 * would have added again and seen refused as duplicates of themselves). A second server completes the import: every
 * row added once, none refused, the account holding exactly the file's users.
 */
class UserImportRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final int USERS = 1_000;
    private static final String HEADER = "first_name,last_name,email,extension,site,business_number,desk_phone_model,desk_phone_mac";
    private static final String IMPORT = "/admin/user-import.xhtml";

    @RegisterExtension
    final Browser browser = new Browser();

    @TempDir
    Path files;

    private PayaraMicro.Database db;

    @Test
    void anImportWhoseServerIsKilledIsCompletedByTheNextStartEachRowOnce() throws Exception {
        Path dir = SharedServer.dataDir().resolve("import-restart");
        // the lock the test holds must outlast the kill: a generous timeout, so the waiting chunk fails by no timeout
        db = PayaraMicro.Database.h2Shared(dir, 120_000);
        PayaraMicro.Settings settings = SharedServer.settings(db, dir).with("onenumber.import.lease-seconds", "10");

        String tag = UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.Made account;
        long importId;
        try (PayaraMicro first = PayaraMicro.startReady(settings, "first start", 600)) {
            URL base = first.url();
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement("select h2version()");
                    ResultSet r = s.executeQuery()) {
                r.next(); // asked of the server, which serves the file to the test: the version that writes it
                assertTrue(c.getMetaData().getDriverVersion().startsWith(r.getString(1) + " "), "the test reads the"
                        + " server's files with the H2 the server runs (the pom's h2 is Payara Micro's own): server "
                        + r.getString(1) + ", test " + c.getMetaData().getDriverVersion());
            }
            account = TestAccounts.create(ProvisioningClient.acme(base).port(), "Import restart " + tag, 0);
            StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
            for (int i = 0; i < USERS; i++) {
                csv.append(String.join(",", "Kay" + i, "Restart", "kay" + i + "." + tag + "@example.com",
                        String.valueOf(50_000 + i), "HQ", "", "", "")).append("\r\n");
            }
            Path file = Files.createTempFile(files, "users-", ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);

            browser.openAccountAsSupport(base, account.name());
            browser.open(base, IMPORT);
            browser.waitForPage(base, IMPORT);
            browser.find(By.id("upload:file")).sendKeys(file.toString());
            browser.find(By.id("upload:check")).click();
            assertEquals(String.valueOf(USERS), browser.find(By.id("goodCount")).getText());
            browser.find(By.id("report:importGood")).click();
            browser.find(By.id("progress:bar"));

            importId = awaitImportOf(account.accountId());
            awaitImport(importId, i -> i.done() >= 50, "some chunks added");
            Connection hold = connect();
            hold.setAutoCommit(false);
            Import frozen = lock(hold, importId); // the chunk being added now waits for this row
            // killed once the chunk has written all its rows and waits for the import's row, not while it is still
            // writing them: a kill in the middle of a write is the database's own recovery under test, and H2's
            // (its file store saves maps in the background while a session writes) once kept three rows of a
            // chunk that never committed, after a fixed pause of half a second on a slower machine
            try (Connection watcher = connect()) {
                Polling.until(WAIT, Duration.ofMillis(20), () -> db.someoneWaitsForALock(watcher), waits -> waits,
                        waits -> false, "the chunk being added waits for the import's row");
            }
            assertTrue(frozen.done() < USERS, "killed in the middle: " + frozen);
            first.kill();
            try {
                hold.close();
            } catch (SQLException e) {
                // the connection went with the server that served the database
            }
        }
        Import killed = read(importId);
        assertEquals("RUNNING", killed.status(), "the dead instance left the import running: " + killed);
        assertTrue(killed.done() < USERS, "killed before its end: " + killed);
        assertEquals(killed.done(), count("select count(*) from user_import_row where import_id = ? and outcome = 'OK'", importId),
                "the rows recorded as added are the import's progress");
        assertEquals(killed.done(), count("select count(*) from app_user where account_id = ?", account.accountId()),
                "no user was added without its row recorded as added");

        try (PayaraMicro second = PayaraMicro.startReady(settings.keepingData(), "second start", 600)) {
            Import done = awaitImport(importId, i -> i.status().equals("COMPLETED"), "the import resumed and completed");
            assertEquals(USERS, done.done(), "every row done: " + done);
            assertEquals(0, done.failed(), "no row refused (none was added twice): " + done);
            assertEquals(USERS, count("select count(*) from user_import_row where import_id = ? and outcome = 'OK'", importId));
            assertEquals(USERS, count("select count(distinct user_id) from user_import_row where import_id = ?"
                    + " and outcome = 'OK'", importId), "each row its own user");
            SearchUsers search = new SearchUsers();
            search.setAccountId(account.accountId());
            search.setIncludeTotal(true);
            assertEquals(USERS, ProvisioningClient.acme(second.url()).port().searchUsers(search).getTotal(),
                    "the account holds the file's users, each once");
        }
    }

    // --- the import, read from the database as an operator would ---------------------------------------------------

    private record Import(String status, int done, int failed) {
    }

    private Import read(long id) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select status, done_rows, failed_rows from user_import where id = ?")) {
            return read(s, id);
        }
    }

    /** Reads the import and locks its row in {@code c}'s transaction. */
    private Import lock(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select status, done_rows, failed_rows from user_import where id = ? for update")) {
            return read(s, id);
        }
    }

    private static Import read(PreparedStatement s, long id) throws SQLException {
        s.setLong(1, id);
        try (ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), "import " + id);
            return new Import(r.getString(1), r.getInt(2), r.getInt(3));
        }
    }

    private long awaitImportOf(long accountId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                    "select max(id) from user_import where account_id = ?")) {
                s.setLong(1, accountId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    long id = r.getLong(1);
                    if (!r.wasNull()) {
                        return id;
                    }
                }
            }
            assertTrue(System.nanoTime() < deadline, "the import started");
            Thread.sleep(20);
        }
    }

    private Import awaitImport(long id, Predicate<Import> holds, String what) throws Exception {
        return Polling.until(WAIT, Duration.ofMillis(20), () -> read(id), holds, i -> i.status().equals("FAILED"), what);
    }

    private long count(String sql, long id) throws SQLException {
        return db.number(sql, id);
    }

    private Connection connect() throws SQLException {
        return db.connect();
    }
}
