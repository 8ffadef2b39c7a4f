package org.onenumber.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onenumber.testsupport.PayaraMicro.Database;

/**
 * The SQL the searches send, as EclipseLink writes it for {@code Users.find}, {@code Users.list}, {@code Users.search}
 * and {@code Users.count} (taken from the server's log with {@code -Dbench.search.logSql=true}; the select lists
 * shortened to the tables' columns): the admin users table's statements timed over JDBC, and every statement's plan
 * on PostgreSQL. When the queries change, log them again and bring these along.
 */
final class SearchSql {

    private static final String USER = "t1.ID, t1.created_at, t1.EMAIL, t1.first_name, t1.last_modified, t1.last_name,"
            + " t1.profile_type, t1.search_email, t1.search_last_name, t1.search_name, t1.VERSION, t1.account_id,"
            + " t1.site_id";
    /** Users.find's and Users.list's select list: the user, its site, station, number and desk phone. */
    private static final String FETCHED = USER + ", t0.ID, t0.NAME, t2.ID, t2.EXTENSION, t2.phone_number_id,"
            + " t4.ID, t4.E164, t4.STATUS, t5.ID, t5.mac_address";
    private static final String NUMBER_AND_PHONE = " LEFT OUTER JOIN phone_number t4 ON (t4.ID = t2.phone_number_id)"
            + " LEFT OUTER JOIN DEVICE t5 ON (t5.station_id = t2.ID)";

    /** A statement with its parameters written in (numbers as they are, text quoted). */
    record Sql(String name, String sql) {
    }

    private SearchSql() {
    }

    static List<Sql> statements(long account, long site, String number, String prefix, String afterName,
                                       long afterId, String pageIds) {
        String like = "'" + prefix.toLowerCase(Locale.ROOT) + "%'";
        // Users.find reads a name prefix as two disjoint parts, the whole name's and the last name's, each on its own
        String[] parts = {"search_name LIKE " + like + " ESCAPE '!'",
                "search_last_name LIKE " + like + " ESCAPE '!' AND NOT (search_name LIKE " + like + " ESCAPE '!')"};
        String[] partNames = {"whole name", "last name"};
        String found = "SELECT " + FETCHED + ", t3.ID, t3.NAME FROM STATION t2" + NUMBER_AND_PHONE
                + ", ACCOUNT t3, app_user t1, SITE t0 WHERE ";
        String joined = " AND (((t0.ID = t1.site_id) AND (t2.user_id = t1.ID)) AND (t3.ID = t1.account_id))";
        List<Sql> all = new ArrayList<>();
        all.add(new Sql("SearchUsers by number, sort NUMBER", found + "((t1.account_id = " + account
                + ") AND (t4.E164 = '" + number + "'))" + joined + " ORDER BY COALESCE(t4.E164, '') ASC, t1.ID ASC"
                + " LIMIT 51 OFFSET 0"));
        for (int i = 0; i < parts.length; i++) {
            String where = "SELECT ID FROM app_user WHERE ((account_id = " + account + ") AND (" + parts[i] + "))";
            all.add(new Sql("SearchUsers by name prefix, " + partNames[i] + ", sort NAME, first page", where
                    + " ORDER BY search_name ASC, ID ASC LIMIT 51 OFFSET 0"));
            all.add(new Sql("SearchUsers by name prefix, " + partNames[i] + ", sort NAME, page after a cursor",
                    where.substring(0, where.length() - 1) + " AND ((search_name >= '" + afterName + "') AND ((search_name > '"
                    + afterName + "') OR ((search_name = '" + afterName + "') AND (ID > " + afterId + ")))))"
                    + " ORDER BY search_name ASC, ID ASC LIMIT 51 OFFSET 0"));
            all.add(new Sql("SearchUsers by name prefix, " + partNames[i] + ", sort CREATED desc", where
                    + " ORDER BY created_at DESC, ID DESC LIMIT 51 OFFSET 0"));
            all.add(new Sql("SearchUsers by name prefix, " + partNames[i] + ", the total", "SELECT COUNT(ID)"
                    + where.substring("SELECT ID".length())));
        }
        all.add(new Sql("SearchUsers by name prefix, the page of both parts' ids", found + "(t1.ID IN (" + pageIds
                + "))" + joined + " ORDER BY t1.search_name ASC, t1.ID ASC LIMIT 51 OFFSET 0"));
        all.add(new Sql("ListUsers by site, first page", "SELECT " + FETCHED + " FROM STATION t2" + NUMBER_AND_PHONE
                + ", SITE t0, app_user t1 WHERE ((((t1.account_id = " + account + ") AND (t1.ID > 0)) AND (t1.site_id = "
                + site + ")) AND ((t0.ID = t1.site_id) AND (t2.user_id = t1.ID))) ORDER BY t1.ID LIMIT 51 OFFSET 0"));
        all.addAll(adminStatements(account, site, 0));
        all.addAll(adminStatements(account, site, 5_000).subList(0, 1));
        return all;
    }

    /** Users.search's page and Users.count's count for the admin users table filtered by site, sorted by name. */
    private static List<Sql> adminStatements(long account, long site, int offset) {
        String where = "(((t1.account_id = " + account + ") AND (t1.site_id = " + site + ")) AND (t0.user_id = t1.ID))";
        return List.of(
                new Sql("admin users table by site, sort name, rows " + (offset + 1) + "-" + (offset + 20),
                        "SELECT " + USER + " FROM STATION t0 LEFT OUTER JOIN phone_number t2 ON (t2.ID = t0.phone_number_id),"
                                + " app_user t1 WHERE " + where + " ORDER BY t1.search_name ASC, t1.ID LIMIT 20 OFFSET "
                                + offset),
                new Sql("admin users table by site, the count", "SELECT COUNT(ID) FROM app_user WHERE"
                        + " ((account_id = " + account + ") AND (site_id = " + site + "))"));
    }

    /** The admin users table's statements for one site, timed over JDBC (the page's own round trip not included). */
    static List<SearchBenchmark.Figure> adminTable(Database db, long account, long site, int runs) throws Exception {
        List<SearchBenchmark.Figure> figures = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            for (Sql s : statements(account, site, "+1", "x", "x", 0, "0")) {
                if (!s.name().startsWith("admin")) {
                    continue;
                }
                int[] run = {0};
                try (Statement st = c.createStatement()) {
                    figures.add(SearchBenchmark.time(db.name(), s.name() + " (JDBC)", "", runs, () -> {
                        int rows = 0;
                        // a text of its own each time: H2 answers a statement it has just run, on unchanged tables,
                        // from the result it kept
                        try (ResultSet rs = st.executeQuery(s.sql() + " /* run " + run[0]++ + " */")) {
                            while (rs.next()) {
                                rows = s.name().endsWith("count") ? rs.getInt(1) : rows + 1;
                            }
                        }
                        return rows;
                    }));
                }
            }
        }
        return figures;
    }

    private static final Pattern SCANNED = Pattern.compile("Seq Scan on (app_user|station|phone_number)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REMOVED = Pattern.compile("Rows Removed by Filter: (\\d+)");

    /** EXPLAIN (ANALYZE, BUFFERS) of each statement, and whether it reads a table of the account from end to end. */
    static List<String> explain(Database db, long account, long site, String number, String prefix) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            // the cursor of the name-prefix search's tenth page, as the server hands it on, and its first page's ids
            String afterName = "";
            long afterId = 0;
            List<String> pageIds = new ArrayList<>();
            String like = prefix.toLowerCase(Locale.ROOT) + "%";
            try (PreparedStatement ps = c.prepareStatement("select search_name, id from app_user where account_id = ?"
                    + " and (search_name like ? or search_last_name like ?) order by search_name, id limit 500")) {
                ps.setLong(1, account);
                ps.setString(2, like);
                ps.setString(3, like);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        afterName = rs.getString(1);
                        afterId = rs.getLong(2);
                        if (pageIds.size() < 51) {
                            pageIds.add(Long.toString(afterId));
                        }
                    }
                }
            }
            out.add("");
            out.add("| PostgreSQL plan of | Seq Scan on app_user, station or phone_number | rows removed by filters | execution ms |");
            out.add("|---|---|--:|--:|");
            List<String> details = new ArrayList<>();
            for (Sql s : statements(account, site, number, prefix, afterName, afterId,
                    pageIds.isEmpty() ? "0" : String.join(",", pageIds))) {
                List<String> plan = new ArrayList<>();
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + s.sql())) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
                List<String> scans = new ArrayList<>();
                long removed = 0;
                String time = "";
                for (String line : plan) {
                    Matcher m = SCANNED.matcher(line);
                    if (m.find()) {
                        scans.add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                    Matcher r = REMOVED.matcher(line);
                    if (r.find()) {
                        removed += Long.parseLong(r.group(1));
                    }
                    if (line.startsWith("Execution Time:")) {
                        time = line.replaceAll("[^0-9.]", "");
                    }
                }
                out.add("| " + s.name() + " | " + (scans.isEmpty() ? "none" : "**" + String.join(", ", scans) + "**")
                        + " | " + removed + " | " + time + " |");
                details.add("");
                details.add("-- " + s.name());
                details.add("-- " + s.sql());
                plan.forEach(line -> details.add("   " + line));
            }
            out.addAll(details);
        }
        return out;
    }
}
