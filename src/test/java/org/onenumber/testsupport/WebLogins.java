package org.onenumber.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Web logins for accounts a test made. No page or SOAP call makes them (the demo data makes the demo ones), so
 * they are written into the database the server uses, like the demo data's, with the demo Decision Maker's
 * password hash: each signs in with {@link #PASSWORD}.
 */
public final class WebLogins {

    /** The demo Decision Maker's password, which every login made here shares. */
    public static final String PASSWORD = "Decision-2026";

    private final PayaraMicro.Database db;

    public WebLogins(PayaraMicro.Database db) {
        this.db = db;
    }

    /** The logins of the database {@code server} uses, as the build chose it. */
    public static WebLogins of(PayaraMicro server) {
        return new WebLogins(PayaraMicro.Database.fromSystemProperties(server.dataDir()));
    }

    /** A login of {@code role} (DECISION_MAKER, END_USER, ...) for the user of an account; returns its id. */
    public long add(String username, long accountId, long userId, String role) throws SQLException {
        long id = 2_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        update("insert into login (id, version, username, password_hash, roles, carrier_id, account_id, user_id,"
                + " temporary_password, failed_attempts)"
                + " select ?, 1, ?, password_hash, ?, carrier_id, ?, ?, false, 0 from login where username = 'dm'",
                id, username, role, accountId, userId);
        return id;
    }

    /** The account asks for an access code by email at sign-in, as its Account settings page sets. */
    public void requireAccessCodes(long accountId) throws SQLException {
        update("update account set access_code_required = true where id = ?", accountId);
    }

    private void update(String statement, Object... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            assertEquals(1, ps.executeUpdate(), statement);
        }
    }
}
