package org.onenumber.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which of the two databases OneNumber runs on (the configured data source class, README "Database"), for the few
 * statements whose best form differs between them: PostgreSQL skips locked rows after its row limit and H2 before it,
 * and only PostgreSQL needs a binary collation named for key order. Everything else is the same SQL on both.
 */
@ApplicationScoped
public class SqlDialect {

    @Inject
    @ConfigProperty(name = "onenumber.db.datasource-class", defaultValue = "org.h2.jdbcx.JdbcDataSource")
    String datasourceClass;

    /** True on PostgreSQL, false on the embedded H2 default. */
    public boolean postgres() {
        return datasourceClass.contains("postgresql");
    }
}
