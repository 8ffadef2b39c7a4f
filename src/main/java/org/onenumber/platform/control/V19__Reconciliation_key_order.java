package org.onenumber.platform.control;

/**
 * Migration 19, the first whose SQL depends on the database: on PostgreSQL, indexes on the switch keys in binary
 * order ({@code collate "C"}), so that the license reconciliation's keyset pages (DesiredState) read a page from an
 * index instead of computing and sorting every key of a kind for each page. Each expression is the one DesiredState
 * builds, character for character, or PostgreSQL would not use it. H2 has no expression indexes and sorts the same
 * keys in memory; it gets nothing here (its version is still recorded, so both databases stay at the same version).
 */
public class V19__Reconciliation_key_order extends PostgresqlOnlyMigration {

    static final String[] POSTGRESQL = {
        "create index client_license_switch_key on client_license ((('MOBILE_CLIENT:' || device_identity) collate \"C\"))"
                + " where status = 'SHARED' and station_id is not null",
        "create index station_switch_key on station ((('station-' || cast(id as varchar(20))) collate \"C\"))",
        "create index mobility_service_switch_key on mobility_service"
                + " ((('account-' || cast(account_id as varchar(20))) collate \"C\"))",
        "create index oa_portal_switch_key on oa_portal ((('portal-' || cast(id as varchar(20))) collate \"C\"))",
    };

    @Override
    String[] statements() {
        return POSTGRESQL;
    }
}
