package org.onenumber.bench;

import static org.onenumber.bench.Bench.log;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.onenumber.bench.SoapBenchmark.Row;
import org.onenumber.testsupport.PayaraMicro.Database;

/**
 * The SOAP benchmark's write pair (AddUser then DeleteUser of a Premier user without a number or a desk phone) as the
 * statements the application sends PostgreSQL for it, sent by plain JDBC from here: the database's own speed for the
 * same work, the yardstick of the write path. The statements, their order and their transactions were copied from
 * PostgreSQL's statement log ({@code log_statement = all}) of one AddUser and one DeleteUser through the application
 * on 2026-11-30; to take them again: {@code alter database <db> set log_statement = 'all'}, one pair through SOAP,
 * then the server's log. The reads before each transaction run outside it, as the application runs them (its
 * persistence layer reads on a connection without a transaction until the first write); the switch target's row is
 * made in a transaction of its own on a second connection, as the application's {@code REQUIRES_NEW} does. What the
 * switch dispatcher does afterwards is not part of the pair.
 */
final class WritePairSql {

    static final String LABEL = "postgresql JDBC";
    private static final AtomicInteger NEXT_EXTENSION = new AtomicInteger(30_000_000);

    private WritePairSql() {
    }

    /** One row per client count, after the same warm-up and window as the SOAP rows; in the newest account's first site. */
    static List<Row> measure(SoapBenchmark.Settings settings, Database db, List<String> notes) throws Exception {
        long[] place = place(db);
        List<Row> rows = new ArrayList<>();
        for (int clients : settings.clients()) {
            Row row = measure(settings, db, place[0], place[1], place[2], clients, notes);
            rows.add(row);
            log(String.format(Locale.ROOT, "%s: %s, %d clients: %.1f ops/s, p50 %.2f ms, p99 %.2f ms, %d errors", LABEL,
                    SoapBenchmark.WRITE_PAIR, clients, row.opsPerSecond(), row.p50Ms(), row.p99Ms(), row.errors()));
        }
        return rows;
    }

    /** The benchmark's account (the newest), its site and its carrier. */
    private static long[] place(Database db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             PreparedStatement s = c.prepareStatement("select a.id, s.id, a.carrier_id from account a join site s on s.account_id = a.id"
                     + " where a.name like 'Benchmark %' order by a.id desc, s.id limit 1");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no benchmark account in " + db.url());
            }
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    private static Row measure(SoapBenchmark.Settings settings, Database db, long account, long site, long carrier, int clients,
                               List<String> notes) throws Exception {
        List<Pair> pairs = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                pairs.add(new Pair(db, account, site, carrier));
            }
            return SoapBenchmark.measure(settings, LABEL, SoapBenchmark.WRITE_PAIR,
                    pairs.stream().map(pair -> (SoapBenchmark.Call) pair::run).toList(), notes);
        } finally {
            for (Pair pair : pairs) {
                pair.close();
            }
        }
    }

    /** One client: a connection for the pair's work and one for the switch target's own transaction. */
    private static final class Pair implements AutoCloseable {
        private final Connection c;
        private final Connection own;
        private final long account;
        private final long site;
        private final long carrier;
        private long nextId;
        private long idLimit;

        Pair(Database db, long account, long site, long carrier) throws SQLException {
            this.c = DriverManager.getConnection(db.url(), db.user(), db.password());
            this.own = DriverManager.getConnection(db.url(), db.user(), db.password());
            this.account = account;
            this.site = site;
            this.carrier = carrier;
        }

        /** One AddUser and its DeleteUser; a failed transaction is rolled back and counts as an error. */
        void run() throws SQLException {
            try {
                deleteUser(c, addUser(c, own));
            } catch (SQLException e) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            try (c; own) {
                // both closed
            }
        }

        /** Ids as the application takes them: fifty at a time from {@code id_seq}. */
        private long id(Connection c) throws SQLException {
            if (nextId == idLimit) {
                try (ResultSet rs = c.createStatement().executeQuery("select nextval('id_seq')")) {
                    rs.next();
                    nextId = rs.getLong(1);
                    idLimit = nextId + 50;
                }
            }
            return nextId++;
        }

        private long[] addUser(Connection c, Connection own) throws SQLException {
            String extension = String.valueOf(NEXT_EXTENSION.getAndIncrement());
            long user = id(c);
            long station = id(c);
            long entry = id(c);
            long audit = id(c);
            long command = id(c);
            String target = "station-" + station;
            // outside the transaction: the caller's login, the account, the site, the extension free
            query(c, "SELECT VERSION FROM LOGIN WHERE (USERNAME = ?)", "acme-api");
            query(c, LOGIN + "(USERNAME = ?)", "acme-api");
            query(c, "SELECT ID, access_code_required, created_at, external_reference, NAME, VERSION, carrier_id FROM ACCOUNT WHERE ((ID = ?) AND (carrier_id = ?))",
                    account, carrier);
            query(c, "SELECT ID, ADDRESS, CITY, COUNTRY, NAME, time_zone, VERSION, account_id FROM SITE WHERE (ID = ?)", site);
            query(c, DIAL_PLAN + "((account_id = ?) AND (EXTENSION = ?))", account, extension);
            query(c, DIAL_PLAN + "((account_id = ?) AND (EXTENSION = ?))", account, extension);
            query(c, DIAL_PLAN + "((holder_kind = ?) AND (holder_id = ?))", "STATION", station);
            // the switch target's row, in a transaction of its own
            update(own, "insert into switch_target (target_key, target_kind, account_id, version) values (?, ?, ?, 0)", target,
                    "SUBSCRIBER", account);
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            update(c, "INSERT INTO app_user (ID, created_at, EMAIL, first_name, last_name, profile_type, search_name, search_last_name, search_email, VERSION, account_id, site_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    user, now, "bench" + extension + "@example.com", "Bench", "User " + extension, "PREMIER", "bench user " + extension,
                    "user " + extension, "bench" + extension + "@example.com", 1, account, site);
            update(c, "INSERT INTO STATION (ID, EXTENSION, VERSION, account_id, phone_number_id, user_id) VALUES (?, ?, ?, ?, ?, ?)",
                    station, extension, 1, account, null, user);
            update(c, "INSERT INTO dial_plan_entry (ID, EXTENSION, holder_id, holder_kind, holder_label, user_id, VERSION, account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    entry, extension, station, "STATION", "station", user, 1, account);
            query(c, "SELECT ID, mobility_profiles, NAME, VERSION FROM CARRIER WHERE (ID = ?)", carrier);
            audit(c, audit, "ADD", "{\"firstName\":\"Bench\",\"lastName\":\"User " + extension + "\",\"email\":\"bench" + extension
                    + "@example.com\",\"siteId\":" + site + ",\"profileType\":\"PREMIER\",\"extension\":\"" + extension
                    + "\",\"businessNumber\":null,\"deskPhoneModel\":null,\"deskPhoneMac\":null}", null, user);
            update(c, "update switch_target set version = version + 1 where target_key = ?", target);
            update(c, "update switch_target set version = version + 1 where target_key = ?", target);
            query(c, "select version from switch_target where target_key = ?", target);
            subscriberState(c, station);
            query(c, "SELECT ID, cell_seconds, desk_seconds, no_reply_seconds, VERSION, wifi_seconds, account_id FROM account_call_defaults WHERE (account_id = ?)",
                    account);
            query(c, "SELECT DIGEST FROM phone_pin WHERE (user_id = ?)", user);
            query(c, "SELECT t0.ID, t0.CALLERS, t0.DAYS, t0.E164, t0.from_time, t0.NAME, t0.TARGET, t0.until_time, t0.VERSION, t0.profile_id FROM ring_rule t0, rules_profile t1 WHERE (((t1.user_id = ?) AND (t1.ACTIVE = ?)) AND (t1.ID = t0.profile_id)) ORDER BY t0.ID",
                    user, true);
            query(c, "SELECT t1.ID, t1.do_not_disturb, t1.forward_all, t1.forward_busy, t1.forward_no_reply, t1.no_reply_seconds, t1.preferred_device, t1.route_to_cell, t1.sim_ring_quiet_when_busy, t1.simultaneous_ring, t1.VERSION, t1.custom_device_id, t1.user_id, t0.ID, t0.answer_confirmation, t0.E164, t0.VERSION, t0.settings_id FROM call_settings t1 LEFT OUTER JOIN sim_ring_number t0 ON (t0.settings_id = t1.ID) WHERE (t1.user_id = ?)",
                    user);
            features(c, station);
            command(c, command, "APPLY", "<?xml version='1.0' encoding='UTF-8'?><applySubscriber id=\"outbox\" subscriber=\"" + target
                    + "\" version=\"1\" extension=\"" + extension + "\" displayName=\"Bench User " + extension
                    + "\" mobility=\"false\" doNotDisturb=\"false\" voicemail=\"true\" video=\"false\" account=\"account-" + account
                    + "\" site=\"site-" + site + "\"><ring preferredDevice=\"WORK_PHONE\" ringNoAnswerSeconds=\"15\" simultaneousRing=\"false\""
                    + " routeToCell=\"true\" wifiSeconds=\"15\" deskSeconds=\"10\" cellSeconds=\"15\"/><forwarding noReplySeconds=\"12\"/>"
                    + "</applySubscriber>", target, 1);
            c.commit();
            c.setAutoCommit(true);
            return new long[] {user, station, id(c), id(c)};
        }

        private void deleteUser(Connection c, long[] added) throws SQLException {
            long user = added[0];
            long station = added[1];
            long audit = added[2];
            long command = added[3];
            String target = "station-" + station;
            query(c, "SELECT VERSION FROM LOGIN WHERE (USERNAME = ?)", "acme-api");
            c.setAutoCommit(false);
            query(c, "SELECT ID, created_at, EMAIL, first_name, last_name, profile_type, search_name, VERSION, account_id, site_id FROM app_user WHERE (ID = ?) FOR UPDATE",
                    user);
            query(c, LOGIN + "(USERNAME = ?)", "acme-api");
            query(c, "SELECT t1.ID, t1.created_at, t1.EMAIL, t1.first_name, t1.last_name, t1.profile_type, t1.search_name, t1.VERSION, t1.account_id, t1.site_id, t0.ID, t0.access_code_required, t0.created_at, t0.external_reference, t0.NAME, t0.VERSION, t0.carrier_id FROM ACCOUNT t0, app_user t1 WHERE (((t1.ID = ?) AND (t0.carrier_id = ?)) AND (t0.ID = t1.account_id))",
                    user, carrier);
            query(c, LOGIN + "(user_id = ?)", user);
            query(c, "SELECT ID, access_code_required, created_at, external_reference, NAME, VERSION, carrier_id FROM ACCOUNT WHERE (ID = ?)", account);
            query(c, "SELECT ID, ADDRESS, CITY, COUNTRY, NAME, time_zone, VERSION, account_id FROM SITE WHERE (ID = ?)", site);
            query(c, "SELECT ID, EXTENSION, VERSION, account_id, phone_number_id, user_id FROM STATION WHERE (user_id = ?)", user);
            query(c, "SELECT ID, KIND, mac_address, MODEL, VERSION, account_id, station_id FROM DEVICE WHERE (station_id = ?)", station);
            query(c, "SELECT ID, mobility_profiles, NAME, VERSION FROM CARRIER WHERE (ID = ?)", carrier);
            audit(c, audit, "DELETE", null, "{\"firstName\":\"Bench\",\"lastName\":\"User\",\"email\":\"bench@example.com\",\"siteId\":" + site
                    + ",\"profileType\":\"PREMIER\",\"extension\":\"0\",\"businessNumber\":null,\"deskPhoneModel\":null,\"deskPhoneMac\":null}", user);
            update(c, "DELETE FROM oa_number WHERE EXISTS(SELECT t0.ID FROM oa_number t0 WHERE t0.oa_user_id IN (SELECT t1.ID FROM oa_user t1 WHERE (t1.user_id = ?)) AND t0.ID = oa_number.ID)", user);
            update(c, "DELETE FROM oa_user WHERE (user_id = ?)", user);
            update(c, "DELETE FROM sim_ring_number WHERE EXISTS(SELECT t0.ID FROM sim_ring_number t0 WHERE t0.settings_id IN (SELECT t1.ID FROM call_settings t1 WHERE (t1.user_id = ?)) AND t0.ID = sim_ring_number.ID)", user);
            update(c, "DELETE FROM call_settings WHERE (user_id = ?)", user);
            update(c, "DELETE FROM custom_device WHERE (user_id = ?)", user);
            update(c, "DELETE FROM ring_rule WHERE EXISTS(SELECT t0.ID FROM ring_rule t0 WHERE t0.profile_id IN (SELECT t1.ID FROM rules_profile t1 WHERE (t1.user_id = ?)) AND t0.ID = ring_rule.ID)", user);
            update(c, "DELETE FROM rules_profile WHERE (user_id = ?)", user);
            update(c, "DELETE FROM phone_pin WHERE (user_id = ?)", user);
            query(c, "SELECT ID, alert_click_to_dial, answer_confirmation, outbound_mode, phones_to_ring, turned_on_at, VERSION, number_id, user_id FROM mobile_app WHERE (user_id = ?)", user);
            update(c, "DELETE FROM mobility_user WHERE (user_id = ?)", user);
            update(c, "DELETE FROM dial_plan_entry WHERE ((holder_kind = ?) AND (holder_id = ?))", "MOBILITY_USER", user);
            query(c, "SELECT ID, PRODUCT, PURCHASED, VERSION, account_id FROM license_pool WHERE ((account_id = ?) AND (PRODUCT = ?)) FOR UPDATE",
                    account, "MOBILE_CLIENT");
            update(c, "DELETE FROM destination_number WHERE (user_id = ?)", user);
            update(c, "DELETE FROM user_number WHERE (user_id = ?)", user);
            update(c, "DELETE FROM dial_plan_entry WHERE ((holder_kind = ?) AND (holder_id = ?))", "STATION", station);
            update(c, "DELETE FROM LOGIN WHERE (user_id = ?)", user);
            query(c, "SELECT ID FROM STATION WHERE (ID = ?)", station);
            query(c, "SELECT ID FROM app_user WHERE (ID = ?)", user);
            update(c, "DELETE FROM STATION WHERE ((ID = ?) AND (VERSION = ?))", station, 1);
            update(c, "DELETE FROM app_user WHERE ((ID = ?) AND (VERSION = ?))", user, 1);
            update(c, "update switch_target set version = version + 1 where target_key = ?", target);
            query(c, "select version from switch_target where target_key = ?", target);
            subscriberState(c, station);
            features(c, station);
            command(c, command, "REMOVE", null, target, 2);
            c.commit();
            c.setAutoCommit(true);
        }

        private static final String LOGIN = "SELECT ID, account_id, carrier_id, failed_attempts, last_login_at, locked_until, password_hash, ROLES, temporary_password, user_id, USERNAME, VERSION FROM LOGIN WHERE ";
        private static final String DIAL_PLAN = "SELECT ID, EXTENSION, holder_id, holder_kind, holder_label, user_id, VERSION, account_id FROM dial_plan_entry WHERE ";

        /** The subscriber's station, its numbers and desk phone, its clients, its user: what the projection reads first. */
        private static void subscriberState(Connection c, long station) throws SQLException {
            query(c, "SELECT t0.E164, t1.EXTENSION, t2.first_name, t2.last_name, t3.mac_address, t4.ID, t5.ID FROM STATION t1 LEFT OUTER JOIN phone_number t0 ON (t0.ID = t1.phone_number_id) LEFT OUTER JOIN DEVICE t3 ON (t3.station_id = t1.ID), SITE t5, ACCOUNT t4, app_user t2 WHERE ((t1.ID = ?) AND (((t2.ID = t1.user_id) AND (t4.ID = t2.account_id)) AND (t5.ID = t2.site_id)))",
                    station);
            query(c, "SELECT device_identity FROM client_license WHERE ((station_id = ?) AND (STATUS = ?))", station, "SHARED");
            query(c, "SELECT t1.ID, t1.created_at, t1.EMAIL, t1.first_name, t1.last_name, t1.profile_type, t1.search_name, t1.VERSION, t1.account_id, t1.site_id, t0.ID, t0.EXTENSION, t0.VERSION, t0.account_id, t0.phone_number_id, t0.user_id FROM STATION t0, app_user t1 WHERE ((t0.ID = ?) AND (t0.user_id = t1.ID))",
                    station);
        }

        /** The subscriber's Mobility, Mobile App and Office Anywhere numbers: what the projection reads last. */
        private static void features(Connection c, long station) throws SQLException {
            query(c, "SELECT t0.mobility_extension, t0.VIDEO FROM mobility_user t0, STATION t2, app_user t1 WHERE ((t2.ID = ?) AND ((t1.ID = t0.user_id) AND (t2.user_id = t1.ID)))",
                    station);
            query(c, "SELECT t1.ID, t1.alert_click_to_dial, t1.answer_confirmation, t1.outbound_mode, t1.phones_to_ring, t1.turned_on_at, t1.VERSION, t1.number_id, t1.user_id, t0.ID, t0.E164, t0.KIND, t0.LABEL, t0.VERSION, t0.user_id FROM app_user t3, STATION t2, mobile_app t1, user_number t0 WHERE ((t2.ID = ?) AND (((t3.ID = t1.user_id) AND (t2.user_id = t3.ID)) AND (t0.ID = t1.number_id)))",
                    station);
            query(c, "SELECT t0.E164 FROM STATION t3, app_user t2, oa_user t1, oa_number t0 WHERE (((t3.ID = ?) AND (t0.ACTIVE = ?)) AND (((t1.ID = t0.oa_user_id) AND (t2.ID = t1.user_id)) AND (t3.user_id = t2.ID)))",
                    station, true);
        }

        private void audit(Connection c, long id, String action, String after, String before, long user) throws SQLException {
            update(c, "INSERT INTO audit_entry (ID, account_id, ACTION, after_state, before_state, carrier_id, CHANNEL, entity_id, entity_type, occurred_at, PRINCIPAL, tracking_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, account, action, after, before, carrier, "SOAP", user, "User", Timestamp.from(Instant.now()), "acme-api",
                    UUID.randomUUID().toString());
        }

        private void command(Connection c, long id, String operation, String payload, String target, long version) throws SQLException {
            Timestamp now = Timestamp.from(Instant.now());
            update(c, "INSERT INTO switch_command (ID, account_id, ATTEMPTS, carrier_id, created_at, finished_at, last_error, next_attempt_at, OPERATION, PAYLOAD, STATUS, target_key, target_kind, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, account, 0, carrier, now, null, null, now, operation, payload, "PENDING", target, "SUBSCRIBER", version);
            update(c, "update switch_command set status = 'SUPERSEDED', finished_at = ? where target_key = ? and status = 'PENDING' and version < ? and (claimed_until is null or claimed_until < ?)",
                    now, target, version, now);
        }

        private static void query(Connection c, String sql, Object... parameters) throws SQLException {
            try (PreparedStatement s = prepare(c, sql, parameters); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }

        private static void update(Connection c, String sql, Object... parameters) throws SQLException {
            try (PreparedStatement s = prepare(c, sql, parameters)) {
                s.executeUpdate();
            }
        }

        private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
            PreparedStatement s = c.prepareStatement(sql);
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s;
        }
    }
}
