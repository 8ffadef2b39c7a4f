package org.onenumber.platform.control;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A Flyway migration whose statements only PostgreSQL takes (operator classes, collations in index expressions): they
 * run there; on H2 the version is recorded and nothing runs.
 */
abstract class PostgresqlOnlyMigration extends BaseJavaMigration {

    /** The statements, in order. */
    abstract String[] statements();

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements()) {
                statement.execute(sql);
            }
        }
    }
}
