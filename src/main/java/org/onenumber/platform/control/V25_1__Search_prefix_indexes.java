package org.onenumber.platform.control;

/**
 * Migration 25.1, on PostgreSQL only (as V19): indexes that serve SearchUsers' name prefix, a LIKE 'prefix%' on the
 * lower-case copies search_name and search_last_name. PostgreSQL turns such a LIKE into an index range only on an
 * index in binary order, which the plain indexes of V1 and V22 are not unless the database's collation is "C": without
 * these, a prefix search read every user of the account (or of the carrier) and filtered. The operator class
 * varchar_pattern_ops serves LIKE and equality but not ORDER BY, so the plain indexes stay for the sorts. H2 uses its
 * plain indexes for a prefix and takes no operator classes; it gets nothing here (its version is still recorded).
 */
public class V25_1__Search_prefix_indexes extends PostgresqlOnlyMigration {

    static final String[] POSTGRESQL = {
        // one account (the app_user_account_* indexes of V1 and V22)
        "create index app_user_account_name_prefix on app_user (account_id, search_name varchar_pattern_ops)",
        "create index app_user_account_last_name_prefix on app_user (account_id, search_last_name varchar_pattern_ops)",
        // all the carrier's accounts (app_user_search_name and app_user_search_last_name of V22)
        "create index app_user_name_prefix on app_user (search_name varchar_pattern_ops)",
        "create index app_user_last_name_prefix on app_user (search_last_name varchar_pattern_ops)",
    };

    @Override
    String[] statements() {
        return POSTGRESQL;
    }
}
