package org.onenumber.bench;

import static org.onenumber.bench.Bench.loadAverage;
import static org.onenumber.bench.Bench.log;
import static org.onenumber.bench.Bench.percentileMs;

import java.io.Closeable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.onenumber.client.AddPhoneNumbers;
import org.onenumber.client.AddSite;
import org.onenumber.client.AddUser;
import org.onenumber.client.GetUser;
import org.onenumber.client.ListUsers;
import org.onenumber.client.PageRequest;
import org.onenumber.client.Ping;
import org.onenumber.client.ProfileType;
import org.onenumber.client.ProvisioningPort;
import org.onenumber.client.SearchUsers;
import org.onenumber.client.User;
import org.onenumber.client.UserSort;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.PayaraMicro.Database;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.TestAccounts;

/**
 * Search over one account of 100,000 users (issue 14, third benchmark): the server time of a filter plus a sort plus a
 * page, by number, by name prefix and by site, next to the floor of the same run (Ping on the same port). Not a test,
 * not in {@code mvn verify}: {@code mvn -B -Psearch-bench package} (H2), with
 * {@code -Dbench.postgres.url=jdbc:postgresql://127.0.0.1:5432/<empty database>} for PostgreSQL too.
 *
 * <p>Per database: the server starts fresh, the account and its sites (10 by default) are made through SOAP with one
 * user per site (AddUser with a business number), and the server stops. The other users are then written straight
 * into the database as copies of those users' own rows (app_user, station, phone_number, dial_plan_entry: every
 * column as the application wrote it, with the name, email, extension, number and ids of the copy), the shared id
 * sequence moved past them, and the server started again on the same data, so that it reads them as it reads its
 * own. The searches run one client at a time, each a number of times after a warm-up:
 * <ul>
 *   <li>SearchUsers by number (exact E.164), sorted by number;</li>
 *   <li>SearchUsers by name prefix (about 1% of the account), sorted by name: the first page, and a later page through
 *       the cursor of the page before;</li>
 *   <li>ListUsers by site (about 10% of the account), in id order: the first page and a later page;</li>
 *   <li>the admin users table (admin/users.xhtml) filtered by site and sorted by name: its page and count statements,
 *       as {@code Users.search} and {@code Users.count} send them, timed over JDBC (the page itself is a JSF view
 *       that no client of the benchmark drives).</li>
 * </ul>
 * On PostgreSQL it also prints EXPLAIN (ANALYZE, BUFFERS) of each search's SQL ({@link SearchSql}) and says
 * whether a plan reads app_user, station or phone_number with a sequential scan.
 */
public final class SearchBenchmark {

    private static final int PAGE = 50;

    private SearchBenchmark() {
    }

    /** The account made through SOAP: its sites and, per site, the user whose rows the copies repeat. */
    record Made(long accountId, List<Long> siteIds, List<Long> templateUserIds, String npa) {
    }

    /** The figures of one measured search. */
    record Figure(String db, String search, String page, int found, long[] sortedNanos) {
    }

    public static void main(String[] args) {
        int users = Bench.bounded("bench.search.users", 100_000, 1_000, 500_000);
        int sites = Bench.bounded("bench.search.sites", 10, 1, 100);
        int runs = Bench.bounded("bench.search.runs", 50, 5, 10_000);
        boolean logSql = Boolean.parseBoolean(Bench.prop("bench.search.logSql", "false"));
        List<String> table = new ArrayList<>();
        List<String> plans = new ArrayList<>();
        int status = Bench.measure(Bench.bounded("bench.maxMinutes", 40, 1, 120), () -> {
            List<Database> databases = Bench.databases("search");
            var artifacts = PayaraMicro.Artifacts.fromSystemProperties();
            for (Database db : databases) {
                Path dir = Bench.dataRoot().resolve("search-" + db.name());
                PayaraMicro.Settings settings = PayaraMicro.Settings.of(artifacts, db, dir);
                if (logSql) {
                    settings = settings.with("eclipselink.logging.level.sql", "FINE")
                            .with("eclipselink.logging.parameters", "true");
                }
                Made made;
                try (PayaraMicro server = PayaraMicro.startReady(settings, db.name(), 600)) {
                    made = account(server, sites);
                }
                long seedStart = System.nanoTime();
                seed(db, made, users);
                table.add(String.format(Locale.ROOT, "| %s | %,d users written into %d sites | | | | %.1f s | | |",
                        db.name(), users, sites, (System.nanoTime() - seedStart) / 1e9));
                List<Figure> figures = new ArrayList<>();
                String memoryRow;
                try (PayaraMicro server = PayaraMicro.startReady(settings.keepingData(), db.name(), 600)) {
                    measure(server, db, made, users, runs, figures);
                    PayaraMicro.Memory memory = server.memory(db.name());
                    memoryRow = "| " + db.name() + " | server RSS " + memory.rssKb() / 1024 + " MiB, peak "
                            + memory.peakKb() / 1024 + " MiB, load " + loadAverage() + " | | | | | | |";
                } finally {
                    table.addAll(rows(figures));
                }
                // with the server stopped: the embedded H2 file is the server's alone while it runs
                List<Figure> admin = SearchSql.adminTable(db, made.accountId(), site(made), runs);
                admin.forEach(f -> log(row(f, Double.NaN)));
                table.addAll(rows(admin));
                table.add(memoryRow);
                if (db.name().equals("postgresql")) {
                    plans.addAll(SearchSql.explain(db, made.accountId(), site(made), number(made, users / 2),
                            NAME_PREFIX));
                }
            }
        });
        System.out.println();
        System.out.println("| db | search | page | found | median ms | p95 ms | max ms | median / Ping |");
        System.out.println("|---|---|---|--:|--:|--:|--:|--:|");
        table.forEach(System.out::println);
        plans.forEach(System.out::println);
        System.exit(status);
    }

    // ---------------------------------------------------------------------------------------------- the account

    private static Made account(PayaraMicro server, int sites) throws Exception {
        ProvisioningPort port = ProvisioningClient.acme(server.url()).port();
        try {
            TestAccounts.Made account = TestAccounts.create(port, "Search bench " + System.nanoTime(), 0);
            List<Long> siteIds = new ArrayList<>(List.of(account.siteId()));
            for (int s = 1; s < sites; s++) {
                AddSite add = new AddSite();
                add.setAccountId(account.accountId());
                add.setName(String.format("Site %02d", s));
                add.setCountry("US");
                siteIds.add(port.addSite(add).getSite().getSiteId());
            }
            String npa = String.valueOf(200 + account.accountId() % 700);
            Made made = new Made(account.accountId(), siteIds, new ArrayList<>(), npa);
            AddPhoneNumbers numbers = new AddPhoneNumbers();
            numbers.setAccountId(account.accountId());
            for (int s = 0; s < sites; s++) {
                numbers.getNumber().add(number(made, s));
            }
            port.addPhoneNumbers(numbers);
            for (int s = 0; s < sites; s++) {
                AddUser add = new AddUser();
                add.setAccountId(account.accountId());
                add.setSiteId(siteIds.get(s));
                add.setFirstName(firstName(s));
                add.setLastName(lastName(s));
                add.setEmail(email(made, s));
                add.setExtension(extension(s));
                add.setBusinessNumber(number(made, s));
                add.setProfileType(ProfileType.ESSENTIALS);
                made.templateUserIds().add(port.addUser(add).getUser().getUserId());
            }
            return made;
        } finally {
            ((Closeable) port).close();
        }
    }

    // User i of the account (0 to users - 1; the first one per site made through SOAP). Names: 40 first names, 1,000
    // last names of three syllables, so that a two-syllable prefix finds 1% of the account.
    private static final String[] FIRST = {"Ada", "Alan", "Barbara", "Carl", "Dana", "Edsger", "Frances", "Grace",
        "Hedy", "Ivan", "Joan", "Ken", "Lynn", "Mary", "Niklaus", "Olga", "Peter", "Radia", "Sophie", "Tim", "Ursula",
        "Vint", "Wendy", "Xavier", "Yvonne", "Zed", "Anita", "Bjarne", "Cecilia", "Dennis", "Evelyn", "Fred", "Gordon",
        "Hal", "Irene", "James", "Karen", "Leslie", "Margaret", "Noel"};
    private static final String[] SYLLABLE = {"ko", "ma", "ri", "ten", "sul", "bra", "ve", "lin", "dor", "qua"};
    /** Two syllables: the last names kowa..., 1% of the users; no first name starts so. */
    static final String NAME_PREFIX = "Koma";

    static String firstName(int i) {
        return FIRST[i % FIRST.length];
    }

    static String lastName(int i) {
        int n = (i / FIRST.length) % 1000;
        String name = SYLLABLE[n / 100] + SYLLABLE[(n / 10) % 10] + SYLLABLE[n % 10];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + i;
    }

    private static String email(Made made, int i) {
        return "search" + i + "." + made.accountId() + "@example.com";
    }

    private static String extension(int i) {
        return String.valueOf(100_000 + i);
    }

    static String number(Made made, int i) {
        return "+1" + made.npa() + String.format("%07d", 2_000_000 + i);
    }

    // ---------------------------------------------------------------------------------------------- the copies

    /**
     * Users {@code sites} to {@code users - 1}, user i in site i % sites as copies of that site's first user, in
     * transactions of 5,000 users. The server is stopped (the embedded H2 file is the server's alone while it runs).
     */
    private static void seed(Database db, Made made, int users) throws SQLException {
        int sites = made.siteIds().size();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            c.setAutoCommit(false);
            List<Template> templates = new ArrayList<>();
            for (long userId : made.templateUserIds()) {
                templates.add(Template.read(c, userId));
            }
            boolean postgres = db.name().equals("postgresql");
            long first = single(c, postgres ? "select nextval('id_seq')" : "select next value for id_seq") + 1_000;
            Rows user = new Rows(c, "app_user", templates.get(0).user().keySet());
            Rows station = new Rows(c, "station", templates.get(0).station().keySet());
            Rows number = new Rows(c, "phone_number", templates.get(0).number().keySet());
            Rows entry = new Rows(c, "dial_plan_entry", templates.get(0).entry().keySet());
            for (int i = sites; i < users; i++) {
                Template t = templates.get(i % sites);
                long base = first + 4L * (i - sites);
                long userId = base;
                long stationId = base + 1;
                long numberId = base + 2;
                long entryId = base + 3;
                // creation a millisecond apart, in the order of i, as users made one after another
                Timestamp created = new Timestamp(((Timestamp) t.user().get("created_at")).getTime() + i);
                String firstName = firstName(i);
                String lastName = lastName(i);
                String email = email(made, i);
                Map<String, Object> u = new LinkedHashMap<>(t.user());
                u.put("id", userId);
                u.put("first_name", firstName);
                u.put("last_name", lastName);
                u.put("email", email);
                u.put("search_name", (firstName + " " + lastName).toLowerCase(Locale.ROOT));
                u.put("search_last_name", lastName.toLowerCase(Locale.ROOT));
                u.put("search_email", email.toLowerCase(Locale.ROOT));
                u.put("created_at", created);
                u.put("last_modified", created);
                Map<String, Object> n = new LinkedHashMap<>(t.number());
                n.put("id", numberId);
                n.put("e164", number(made, i));
                n.put("last_modified", created);
                Map<String, Object> s = new LinkedHashMap<>(t.station());
                s.put("id", stationId);
                s.put("user_id", userId);
                s.put("extension", extension(i));
                s.put("phone_number_id", numberId);
                Map<String, Object> e = new LinkedHashMap<>(t.entry());
                e.put("id", entryId);
                e.put("extension", extension(i));
                e.put("holder_id", stationId);
                e.put("user_id", userId);
                // the order the foreign keys need
                number.add(n);
                user.add(u);
                station.add(s);
                entry.add(e);
                if ((i - sites + 1) % 1_000 == 0 || i == users - 1) {
                    for (Rows rows : List.of(number, user, station, entry)) {
                        rows.flush();
                    }
                    if ((i - sites + 1) % 5_000 == 0 || i == users - 1) {
                        c.commit();
                    }
                }
            }
            long next = first + 4L * users + 1_000;
            try (Statement st = c.createStatement()) {
                st.execute("alter sequence id_seq restart with " + next);
                st.execute(postgres ? "analyze" : "analyze");
            }
            c.commit();
            for (Rows rows : List.of(number, user, station, entry)) {
                rows.close();
            }
        }
        log(db.name() + ": " + users + " users in the account");
    }

    /** A user's rows as the application wrote them, column name (lower case) to value. */
    record Template(Map<String, Object> user, Map<String, Object> station, Map<String, Object> number,
                    Map<String, Object> entry) {

        static Template read(Connection c, long userId) throws SQLException {
            Map<String, Object> station = row(c, "select * from station where user_id = ?", userId);
            return new Template(row(c, "select * from app_user where id = ?", userId), station,
                    row(c, "select * from phone_number where id = ?", station.get("phone_number_id")),
                    row(c, "select * from dial_plan_entry where holder_kind = 'STATION' and holder_id = ?", station.get("id")));
        }

        private static Map<String, Object> row(Connection c, String sql, Object key) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no row: " + sql + " " + key);
                    }
                    ResultSetMetaData meta = rs.getMetaData();
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                    }
                    return row;
                }
            }
        }
    }

    /** A batched insert of whole rows of one table. */
    private static final class Rows implements AutoCloseable {
        private final List<String> columns;
        private final PreparedStatement insert;

        Rows(Connection c, String table, java.util.Set<String> columns) throws SQLException {
            this.columns = List.copyOf(columns);
            this.insert = c.prepareStatement("insert into " + table + " (" + String.join(", ", this.columns) + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(this.columns.size(), "?")) + ")");
        }

        void add(Map<String, Object> row) throws SQLException {
            for (int i = 0; i < columns.size(); i++) {
                insert.setObject(i + 1, row.get(columns.get(i)));
            }
            insert.addBatch();
        }

        void flush() throws SQLException {
            insert.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---------------------------------------------------------------------------------------------- the searches

    /** The site the by-site searches filter on. */
    static long site(Made made) {
        return made.siteIds().get(made.siteIds().size() / 2);
    }

    /** The SOAP searches, each figure added (and logged) as it is taken. */
    private static void measure(PayaraMicro server, Database db, Made made, int users, int runs, List<Figure> figures)
            throws Exception {
        ProvisioningPort port = ProvisioningClient.acme(server.url()).port();
        try {
            check(port, made, users);
            Ping ping = new Ping();
            figures.add(logged(time(db.name(), "Ping (the floor)", "", runs, () -> {
                port.ping(ping);
                return 0;
            })));

            String wanted = number(made, users / 2);
            figures.add(logged(time(db.name(), "SearchUsers number=" + wanted + ", sort NUMBER", "first", runs,
                    () -> search(port, made, wanted, null, UserSort.NUMBER, null).size())));

            figures.add(logged(time(db.name(), "SearchUsers namePrefix=" + NAME_PREFIX + ", sort NAME", "first", runs,
                    () -> search(port, made, null, NAME_PREFIX, UserSort.NAME, null).size())));
            String cursor = cursorOfPage(port, made, 10);
            figures.add(logged(time(db.name(), "SearchUsers namePrefix=" + NAME_PREFIX + ", sort NAME", "11th (cursor)", runs,
                    () -> search(port, made, null, NAME_PREFIX, UserSort.NAME, cursor).size())));
            figures.add(logged(time(db.name(), "SearchUsers namePrefix=" + NAME_PREFIX + ", sort CREATED desc", "first", runs,
                    () -> searchCreated(port, made).size())));

            long site = site(made);
            figures.add(logged(time(db.name(), "ListUsers siteId (10% of the account), id order", "first", runs,
                    () -> list(port, made, site, null).getUser().size())));
            String listCursor = listCursorOfPage(port, made, site, 100);
            figures.add(logged(time(db.name(), "ListUsers siteId (10% of the account), id order", "101st (cursor)", runs,
                    () -> list(port, made, site, listCursor).getUser().size())));
        } finally {
            ((Closeable) port).close();
        }
    }

    /** The table's rows; the first SOAP figure is Ping, the floor the others are divided by. */
    private static List<String> rows(List<Figure> figures) {
        double floor = figures.isEmpty() || !figures.get(0).search().startsWith("Ping") ? Double.NaN
                : median(figures.get(0).sortedNanos());
        return figures.stream().map(f -> row(f, floor)).toList();
    }

    private static String row(Figure f, double floor) {
        double median = median(f.sortedNanos());
        return String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f | %.1f | %.1f | %s |", f.db(), f.search(), f.page(),
                f.found(), median, percentileMs(f.sortedNanos(), 0.95), percentileMs(f.sortedNanos(), 1.0),
                Double.isNaN(floor) ? "" : String.format(Locale.ROOT, "%.1f", median / floor));
    }

    private static Figure logged(Figure f) {
        log(row(f, Double.NaN));
        return f;
    }

    /** The copies read as the application's own: a copy found by its number has the name, site and number written. */
    private static void check(ProvisioningPort port, Made made, int users) throws Exception {
        int i = users - 1;
        List<User> found = search(port, made, number(made, i), null, UserSort.NUMBER, null);
        if (found.size() != 1 || !found.get(0).getLastName().equals(lastName(i))
                || found.get(0).getSiteId() != made.siteIds().get(i % made.siteIds().size())
                || !extension(i).equals(found.get(0).getExtension())) {
            throw new IllegalStateException("user " + i + " not read back as written: " + found);
        }
        GetUser get = new GetUser();
        get.setUserId(found.get(0).getUserId());
        User user = port.getUser(get).getUser();
        if (!number(made, i).equals(user.getBusinessNumber())) {
            throw new IllegalStateException("GetUser of user " + i + ": " + user.getBusinessNumber());
        }
        SearchUsers all = new SearchUsers();
        all.setAccountId(made.accountId());
        all.setNamePrefix(NAME_PREFIX);
        all.setIncludeTotal(true);
        PageRequest page = new PageRequest();
        page.setPageSize(1);
        all.setPage(page);
        long total = port.searchUsers(all).getTotal();
        long expected = java.util.stream.IntStream.range(0, users)
                .filter(u -> lastName(u).toLowerCase(Locale.ROOT).startsWith(NAME_PREFIX.toLowerCase(Locale.ROOT)))
                .count();
        if (total != expected) {
            throw new IllegalStateException("namePrefix " + NAME_PREFIX + " found " + total + ", expected " + expected);
        }
        log("read back: user " + i + " by number and GetUser; namePrefix " + NAME_PREFIX + " totals " + total);
    }

    private static List<User> search(ProvisioningPort port, Made made, String number, String prefix, UserSort sort,
                                     String cursor) throws Exception {
        return searchPage(port, made, number, prefix, sort, false, cursor).getUser();
    }

    private static org.onenumber.client.SearchUsersResponse searchPage(ProvisioningPort port, Made made, String number,
            String prefix, UserSort sort, boolean descending, String cursor) throws Exception {
        SearchUsers search = new SearchUsers();
        search.setAccountId(made.accountId());
        search.setNumber(number);
        search.setNamePrefix(prefix);
        search.setSort(sort);
        search.setDescending(descending);
        PageRequest page = new PageRequest();
        page.setPageSize(PAGE);
        page.setCursor(cursor);
        search.setPage(page);
        return port.searchUsers(search);
    }

    private static List<User> searchCreated(ProvisioningPort port, Made made) throws Exception {
        return searchPage(port, made, null, NAME_PREFIX, UserSort.CREATED, true, null).getUser();
    }

    /** The cursor that the page {@code pages} of the name-prefix search hands on. */
    private static String cursorOfPage(ProvisioningPort port, Made made, int pages) throws Exception {
        String cursor = null;
        for (int p = 0; p < pages; p++) {
            cursor = searchPage(port, made, null, NAME_PREFIX, UserSort.NAME, false, cursor).getNextCursor();
        }
        return cursor;
    }

    private static org.onenumber.client.ListUsersResponse list(ProvisioningPort port, Made made, long site,
                                                              String cursor) throws Exception {
        ListUsers list = new ListUsers();
        list.setAccountId(made.accountId());
        list.setSiteId(site);
        PageRequest page = new PageRequest();
        page.setPageSize(PAGE);
        page.setCursor(cursor);
        list.setPage(page);
        return port.listUsers(list);
    }

    private static String listCursorOfPage(ProvisioningPort port, Made made, long site, int pages) throws Exception {
        String cursor = null;
        for (int p = 0; p < pages; p++) {
            cursor = list(port, made, site, cursor).getNextCursor();
        }
        return cursor;
    }

    /** {@code runs} timed calls after a tenth as many (at least 5) untimed ones; the sorted nanoseconds. */
    static Figure time(String db, String search, String page, int runs, Callable<Integer> call) throws Exception {
        int found = 0;
        for (int i = 0; i < Math.max(5, runs / 10); i++) {
            found = call.call();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            found = call.call();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Figure(db, search, page, found, nanos);
    }

    static double median(long[] sorted) {
        return percentileMs(sorted, 0.5);
    }
}
