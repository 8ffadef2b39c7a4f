package org.onenumber.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.onenumber.platform.control.V19__Reconciliation_key_order;
import org.onenumber.platform.control.V33__Cursor_key;

/**
 * The application's schema on an embedded H2 of its own for each test (the migrations the application runs), for
 * tests of the application's SQL without a server; its connections are closed after the test. Register it with
 * {@code @RegisterExtension}.
 */
public final class MigratedH2 implements BeforeEachCallback, AfterEachCallback {

    private final String name;
    private final List<Connection> open = new ArrayList<>();
    private String url;

    public MigratedH2(String name) {
        this.name = name;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        url = "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new V19__Reconciliation_key_order(), new V33__Cursor_key()).load().migrate();
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        for (Connection connection : open) {
            connection.close();
        }
        open.clear();
    }

    /**
     * Runs one statement of the application's on {@code c}, a {@link LocalDateTime} parameter as the timestamp the
     * application binds; returns the rows it changed.
     */
    public static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                statement.setObject(i + 1, p instanceof LocalDateTime t ? Timestamp.valueOf(t) : p);
            }
            return statement.executeUpdate();
        }
    }

    /** A new connection to this test's database, closed after the test. */
    public Connection connection(boolean autoCommit) throws SQLException {
        Connection connection = DriverManager.getConnection(url, "sa", "");
        connection.setAutoCommit(autoCommit);
        open.add(connection);
        return connection;
    }
}
