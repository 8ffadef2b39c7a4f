package org.onenumber.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.onenumber.platform.control.SchemaReady;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.onenumber.platform.control.V19__Reconciliation_key_order;
import org.onenumber.platform.control.KeysetCursor;
import org.onenumber.platform.control.V25_1__Search_prefix_indexes;
import org.onenumber.platform.control.V33__Cursor_key;

/**
 * The application's one data source and its schema. The data source is defined here, from
 * MicroProfile Config, so the same WAR runs on the embedded H2 file database or on PostgreSQL by
 * configuration alone (see README). Migrations run once at start, before anything else touches the
 * database; readiness stays DOWN until they have.
 * <p>
 * The pool validates a connection when it hands it out, at most once in 30 seconds (validating at every hand-out cost
 * three calls and a commit at each of some 7 hand-outs a user added; a connection broken within those 30 seconds
 * fails its one statement). It keeps 200 prepared statements per connection, so a repeated statement is not prepared
 * on the database again for every run (H2's trace of 200 users added: 697 prepared instead of 17,992; PostgreSQL's
 * driver keeps its own cache of parsed statements per connection and prepares them on the server either way).
 * The blank {@code statement-cache-type} stands for the default cache: without it Payara looks for a cache class
 * named "null" and keeps none (payara/Payara issue 6647).
 * <p>
 * Each new connection waits at most 10 s for a lock ({@code SET LOCK_TIMEOUT = 10000}, which H2 and PostgreSQL both
 * read alike): H2's URL says so too, and PostgreSQL has no limit of its own, so a call meeting a row another
 * transaction held waited for as long as it was held. A request that waits out the limit twice is answered
 * TRY_AGAIN, having changed nothing (SoapCall).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/onenumber",
        className = "${MPCONFIG=onenumber.db.datasource-class}",
        url = "${MPCONFIG=onenumber.db.url}",
        user = "${MPCONFIG=onenumber.db.user}",
        password = "${MPCONFIG=onenumber.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=auto-commit",
                      "fish.payara.validate-atmost-once-period-in-seconds=30",
                      "fish.payara.statement-cache-size=200",
                      "fish.payara.statement-cache-type= ",
                      "fish.payara.init-sql=SET LOCK_TIMEOUT = 10000"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = "java:app/jdbc/onenumber")
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        long start = System.nanoTime();
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // the migrations whose SQL depends on the database, in Java
                .javaMigrations(new V19__Reconciliation_key_order(), new V25_1__Search_prefix_indexes(), new V33__Cursor_key())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + ", "
                + result.migrationsExecuted + " migrations run in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        KeysetCursor.useKey(cursorKey());
        schemaReady.fire(new SchemaReady());
        migrated = true;
    }

    /** The database's key for cursors (V33): every instance on it signs and checks them alike. */
    private byte[] cursorKey() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select secret from server_key where name = ?")) {
            select.setString(1, V33__Cursor_key.CURSOR);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("The database holds no cursor key (server_key, migration 33)");
                }
                return Base64.getDecoder().decode(row.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The cursor key could not be read", e);
        }
    }

    /** True when migrations ran and the database answers a query now. */
    public boolean isUsable() {
        if (!migrated) {
            return false;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeQuery("select count(*) from carrier where 1 = 0").close();
            return true;
        } catch (SQLException e) {
            LOG.warning(() -> "Database check failed: " + e.getMessage());
            return false;
        }
    }
}
