package org.onenumber.platform.control;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Base64;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 33: the key the cursors of every list, search and the change feed are signed with ({@link KeysetCursor}),
 * made at random once for the database, so every instance on it and every start signs and checks alike. In Java
 * because the random bytes come from the JVM's SecureRandom, the same on H2 and PostgreSQL; Flyway runs a migration
 * once, with the schema's lock held, so two instances starting together cannot make two keys.
 */
public class V33__Cursor_key extends BaseJavaMigration {

    /** The table's row that holds the cursor key. */
    public static final String CURSOR = "cursor";

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement create = context.getConnection().createStatement()) {
            create.execute("create table server_key (name varchar(40) not null primary key, secret varchar(200) not null)");
        }
        try (PreparedStatement insert = context.getConnection()
                .prepareStatement("insert into server_key (name, secret) values (?, ?)")) {
            insert.setString(1, CURSOR);
            insert.setString(2, Base64.getEncoder().encodeToString(KeysetCursor.newKey()));
            insert.executeUpdate();
        }
    }
}
