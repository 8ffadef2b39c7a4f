package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.*;
import org.onenumber.testsupport.BatchClient;
import org.onenumber.testsupport.Http;
import org.onenumber.testsupport.AnywhereClient;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.NumberBlocks;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.Polling;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.SharedServer;
import org.onenumber.testsupport.SwitchConsole;
import org.openqa.selenium.By;

/**
 * The monthly billing true-up as carrier support runs it on the billing page: last month is built day by day (the
 * carrier buys licenses over SOAP, support records the day's quantities as the snapshot job would have), with a
 * purchase in the middle, a decrease and a suspension of the add-on; the true-up closes it with day-weighted and peak
 * quantities checked by hand, and its CSV carries the page's figures. Then last month's data changes (a day recorded
 * again after an Office Anywhere user was added) and a toll call is made: last month's statement stays as it was,
 * and this month's shows the difference as an adjustment next to the call.
 */
@ExtendWith(SharedServer.class)
class BillingIT {

    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final Duration SWITCH_WAIT = Duration.ofSeconds(30);

    private final PayaraMicro server;
    private final URL base;
    private final ProvisioningClient acme;
    private final MobilityClient mobility;
    private final AnywhereClient anywhere;

    @RegisterExtension
    final Browser browser = new Browser();
    private final BillingPage billing;

    BillingIT(PayaraMicro server) {
        this.server = server;
        this.base = server.url();
        this.acme = ProvisioningClient.acme(base);
        this.mobility = MobilityClient.acme(base);
        this.anywhere = AnywhereClient.acme(base);
        this.billing = new BillingPage(browser, base);
    }

    private record Fixture(long accountId, String name, List<String> free, List<User> users) {
    }

    /** An account with a site, two Premier users, free numbers, Mobility active with 10 licenses and one mobility user. */
    private Fixture fixture() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AddAccount addAccount = new AddAccount();
        addAccount.setName("Billing " + tag);
        long accountId = acme.port().addAccount(addAccount).getAccount().getAccountId();
        AddSite site = new AddSite();
        site.setAccountId(accountId);
        site.setName("HQ");
        site.setCountry("US");
        long siteId = acme.port().addSite(site).getSite().getSiteId();
        AddPhoneNumbers numbers = new AddPhoneNumbers();
        numbers.setAccountId(accountId);
        String block = NumberBlocks.next();
        for (int i = 0; i < 4; i++) {
            numbers.getNumber().add(NumberBlocks.number(block, i));
        }
        List<String> free = new ArrayList<>(acme.port().addPhoneNumbers(numbers).getPhoneNumber().stream()
                .map(PhoneNumber::getNumber).toList());
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            AddUser add = new AddUser();
            add.setAccountId(accountId);
            add.setSiteId(siteId);
            add.setFirstName("Bill");
            add.setLastName("Payer " + i);
            add.setEmail("bill" + i + "." + tag + "@example.com");
            add.setExtension(String.valueOf(2401 + i));
            add.setBusinessNumber(free.remove(0));
            add.setProfileType(ProfileType.PREMIER);
            users.add(acme.port().addUser(add).getUser());
        }
        ActivateMobility activate = new ActivateMobility();
        activate.setAccountId(accountId);
        activate.setPurchaseConfirmed(true);
        mobility.port().activateMobility(activate);
        CompleteMobilityActivation complete = new CompleteMobilityActivation();
        complete.setAccountId(accountId);
        MobilitySettings settings = new MobilitySettings();
        settings.setMobilityRouter("SMR1");
        settings.setGroupName("Group " + accountId);
        complete.setSettings(settings);
        assertEquals(MobilityStatus.ACTIVE, mobility.port().completeMobilityActivation(complete).getMobility().getStatus());
        setQuantity(accountId, 10);
        EnableMobilityUser enable = new EnableMobilityUser();
        enable.setUserId(users.get(0).getUserId());
        enable.setMobilityExtension("9401");
        mobility.port().enableMobilityUser(enable);
        return new Fixture(accountId, addAccount.getName(), free, users);
    }

    private void setQuantity(long accountId, int quantity) throws Exception {
        SetLicenseQuantity set = new SetLicenseQuantity();
        set.setAccountId(accountId);
        set.setQuantity(quantity);
        assertEquals(quantity, mobility.port().setLicenseQuantity(set).getPool().getPurchased());
    }

    @Test
    void aClosedMonthShowsHandCheckedQuantitiesItsCsvMatchesAndALaterChangeIsAnAdjustmentNextMonth() throws Exception {
        Fixture f = fixture();
        YearMonth current = YearMonth.now(ZoneOffset.UTC);
        YearMonth last = current.minusMonths(1);
        int days = last.lengthOfMonth();

        billing.openAccountAsSupport(f.name());
        browser.open(base, "admin/billing.xhtml");
        assertEquals(MONTH_LABEL.format(last), browser.find(By.id("billing:month_label")).getText());

        // last month, as the snapshot job would have seen it
        billing.recordDay(last.atDay(1));  // 10 licenses, 1 shared, 1 mobility user, add-on active
        setQuantity(f.accountId(), 15);
        billing.recordDay(last.atDay(15));  // a purchase in the middle: 15
        setQuantity(f.accountId(), 12);
        billing.recordDay(last.atDay(20));  // a decrease: 12
        SuspendMobility suspend = new SuspendMobility();
        suspend.setAccountId(f.accountId());
        mobility.port().suspendMobility(suspend);
        billing.recordDay(last.atDay(25));  // the add-on suspended

        billing.runTrueUp();
        assertEquals("Closed", browser.find(By.id("billing:statementStatus")).getText());
        assertEquals("4", browser.find(By.id("billing:recordedDays")).getText());
        assertEquals("0", browser.find(By.id("billing:unmeasuredDays")).getText());
        Map<String, List<String>> page = billing.lines();
        // by hand: 10 licenses for 14 days, 15 for 5, 12 for the rest
        long purchased = 10 * 14 + 15 * 5 + 12L * (days - 19);
        assertEquals(List.of(weighted(purchased, days), "15", String.valueOf(purchased), "", ""),
                page.get("QUANTITY Mobile client licenses purchased " + last));
        assertEquals(List.of("1.00", "1", String.valueOf(days), "", ""), page.get("QUANTITY Mobile client licenses shared " + last));
        assertEquals(List.of("1.00", "1", String.valueOf(days), "", ""), page.get("QUANTITY Mobility users " + last));
        assertEquals(List.of("0.00", "0", "0", "", ""), page.get("QUANTITY Office Anywhere users " + last));
        // active on the 1st to the 24th
        assertEquals(List.of(weighted(24, days), "1", "24", "", ""), page.get("QUANTITY Mobility add-on active (days) " + last));
        assertEquals(List.of("", "", "", "0", "0"), page.get("USAGE Toll calls, international " + last));
        assertEquals(days, browser.findAll(By.cssSelector("[id='billing:days_data'] tr")).size());
        assertEquals(List.of(last.atDay(16).toString(), "Carried", "15", "1", "1", "0", "Active"), dayRow(16));
        assertEquals(List.of(last.atDay(25).toString(), "Recorded", "12", "1", "1", "0", "Suspended"), dayRow(25));

        String closedCsv = csv(last);
        assertCsvMatchesPage(closedCsv, page, dayRows());

        // later: an Office Anywhere user, whom support finds was there from the 28th of last month on, and a toll call
        long anywhereUser = f.users().get(1).getUserId();
        AssignOfficeAnywhere assign = new AssignOfficeAnywhere();
        assign.setUserId(anywhereUser);
        anywhere.port().assignOfficeAnywhere(assign);
        billing.recordDay(last.atDay(28));
        billing.recordDay(LocalDate.now(ZoneOffset.UTC));
        long seconds = placeTollCall(f, anywhereUser);

        // last month again: closed, so nothing changes
        billing.runTrueUp();
        assertEquals("Closed", browser.find(By.id("billing:statementStatus")).getText());
        assertEquals(page, billing.lines());
        assertEquals(closedCsv, csv(last));

        // this month: the call, and last month's difference as an adjustment
        browser.choose("billing:month", MONTH_LABEL.format(current));
        billing.waitUntil(() -> browser.ajaxIdle() && browser.findAll(By.id("billing:none")).size() == 1,
                "no statement yet this month");
        billing.runTrueUp();
        assertEquals("Open", browser.find(By.id("billing:statementStatus")).getText());
        Map<String, List<String>> now = billing.lines();
        long extra = days - 27;
        assertEquals(List.of(weighted(extra, days), "1", String.valueOf(extra), "", ""),
                now.get("ADJUSTMENT Office Anywhere users " + last));
        assertEquals(1, now.keySet().stream().filter(k -> k.startsWith("ADJUSTMENT")).count(), now.toString());
        assertEquals(List.of("", "", "", "1", String.valueOf((seconds + 59) / 60)), now.get("USAGE Toll calls, international " + current));
        assertCsvMatchesPage(csv(current), now, dayRows());

        // the job acted as the system caller, channel BATCH; support's recorded days are audited as theirs
        browser.open(base, "admin/audit.xhtml");
        List<List<String>> audit = browser.findAll(By.cssSelector("[id$='table_data'] tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(td -> td.getText().trim()).toList()).toList();
        assertTrue(audit.stream().anyMatch(r -> r.size() > 3 && r.get(1).equals("billing-true-up") && r.get(2).equals("Batch")
                && r.get(3).startsWith("Close: Billing statement")), audit.toString());
        assertTrue(audit.stream().anyMatch(r -> r.size() > 3 && r.get(1).equals("billing-true-up") && r.get(2).equals("Batch")
                && r.get(3).startsWith("Produce: Billing statement")), audit.toString());
        assertTrue(audit.stream().anyMatch(r -> r.size() > 3 && r.get(1).equals("support") && r.get(2).equals("Web")
                && r.get(3).startsWith("Recorded: Billing snapshot")), audit.toString());
    }

    @Test
    void anAccountsDecisionMakerReadsTheBillingPageButRunsNothing() throws Exception {
        browser.signIn(base, "dm", "Decision-2026");
        browser.open(base, "admin/billing.xhtml");
        assertEquals(MONTH_LABEL.format(YearMonth.now(ZoneOffset.UTC).minusMonths(1)),
                browser.find(By.id("billing:month_label")).getText());
        assertTrue(browser.findAll(By.id("billing:trueUp")).isEmpty(), "the true-up is support's");
        assertTrue(browser.findAll(By.id("billing:recordDay")).isEmpty(), "recording a day is support's");
        String session = browser.cookieHeader();
        HttpResponse<String> none = Http.client().send(
                HttpRequest.newBuilder(URI.create(base + "admin/billing.csv?month=1999-01"))
                        .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, none.statusCode());
    }

    // --- the page

    private List<List<String>> dayRows() {
        return browser.findAll(By.cssSelector("[id='billing:days_data'] tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(td -> td.getText().trim()).toList()).toList();
    }

    private List<String> dayRow(int day) {
        return dayRows().get(day - 1);
    }

    private String csv(YearMonth month) throws Exception {
        String session = browser.cookieHeader();
        HttpResponse<String> response = Http.client().send(
                HttpRequest.newBuilder(URI.create(base + "admin/billing.csv?month=" + month))
                        .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        return response.body();
    }

    /** Every line and every day of the CSV is on the page with the same figures, and nothing more. */
    /**
     * A scheduled true-up whose instance died midway (its claim taken, its lease lapsed, never completed) is run again
     * by the next instance that looks, so the accounts it had not reached get their statement; before, the claim kept
     * every instance from running the month again and those accounts stayed without one. The month is one long past, so
     * that the run meets no other test's statements (it goes through every account, and finds data in this one only).
     */
    @Test
    void aScheduledTrueUpWhoseInstanceDiedMidwayIsRunAgainByAnotherAndItsAccountsGetTheirStatement() throws Exception {
        AddAccount addAccount = new AddAccount();
        addAccount.setName("Billing resumed " + UUID.randomUUID().toString().substring(0, 8));
        long accountId = acme.port().addAccount(addAccount).getAccount().getAccountId();
        YearMonth month = YearMonth.of(2024, 1);
        String claim = "billing-true-up " + month;
        PayaraMicro.Database database = PayaraMicro.Database.fromSystemProperties(server.dataDir());
        try (java.sql.Connection db = database.connect()) {
            db.setAutoCommit(true);
            // what the snapshot job recorded that month, and the claim of an instance killed in the month's true-up
            recordSevenLicenses(db, accountId, month.atDay(1));
            java.time.LocalDateTime now = java.time.LocalDateTime.now(ZoneOffset.UTC);
            try (java.sql.PreparedStatement dead = db.prepareStatement("insert into billing_schedule_claim (claim_key,"
                    + " claimed_at, claimed_by, lease_until) values (?, ?, 'killed@instance', ?)")) {
                dead.setString(1, claim);
                dead.setObject(2, now.minusMinutes(20));
                dead.setObject(3, now.minusMinutes(1));
                assertEquals(1, dead.executeUpdate());
            }
            String done = Polling.until(Duration.ofSeconds(150), Duration.ofSeconds(1), () -> statementAndClaim(db,
                            accountId, month, claim), seen -> seen.endsWith(" completed"), seen -> false,
                    "the month's true-up run again, the account's statement closed and the claim completed");
            // 7 licenses every day of the month, carried from the 1st; the claim now another instance's, completed
            assertEquals("CLOSED " + 7 * month.lengthOfMonth() + " completed", done);
        }
    }

    /**
     * An account deleted in the middle of a month is billed for the days it had: the month's true-up for all the
     * carrier's accounts, run after the deletion, makes its statement under the name it had, counting the days up to
     * the deletion and none after. Before, the true-up went through the accounts that exist only, and such a month was
     * never billed. The month is the earliest the billing page offers (two years back), which no other test bills.
     */
    @Test
    void anAccountDeletedInTheMiddleOfAMonthIsBilledForTheDaysUpToItsDeletionAndNoneAfter() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AddAccount leaver = new AddAccount();
        leaver.setName("Billing leaver " + tag);
        long accountId = acme.port().addAccount(leaver).getAccount().getAccountId();
        AddAccount stays = new AddAccount();
        stays.setName("Billing stays " + tag);
        acme.port().addAccount(stays);
        YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(24);
        PayaraMicro.Database database = PayaraMicro.Database.fromSystemProperties(server.dataDir());
        try (java.sql.Connection db = database.connect()) {
            db.setAutoCommit(true);
            // the snapshot job's day of the month's 1st: 7 licenses, carried forward from there
            recordSevenLicenses(db, accountId, month.atDay(1));
            DeleteAccount delete = new DeleteAccount();
            delete.setAccountId(accountId);
            acme.port().deleteAccount(delete);
            // the deletion kept the account's end; it is moved back to that month's 10th, as if deleted then
            try (java.sql.PreparedStatement ended = db.prepareStatement(
                    "update billing_account_end set ended_on = ? where account_id = ? and account_name = ?")) {
                ended.setObject(1, month.atDay(10));
                ended.setLong(2, accountId);
                ended.setString(3, leaver.getName());
                assertEquals(1, ended.executeUpdate(), "the deletion kept the account's end for billing");
            }
        }
        billing.openAccountAsSupport(stays.getName());
        browser.open(base, "admin/billing.xhtml");
        browser.choose("billing:month", MONTH_LABEL.format(month));
        billing.runTrueUpForAll();

        GetBillingStatement get = new GetBillingStatement();
        get.setAccountId(accountId);
        get.setMonth(javax.xml.datatype.DatatypeFactory.newInstance().newXMLGregorianCalendar(month.toString()));
        BillingStatement statement = BatchClient.acme(base).port().getBillingStatement(get).getStatement();
        assertEquals(StatementStatus.CLOSED, statement.getStatus());
        assertEquals(leaver.getName(), statement.getAccountName());
        assertEquals(1, statement.getRecordedDays());
        assertEquals(0, statement.getUnmeasuredDays());
        Map<String, String> lines = new LinkedHashMap<>();
        statement.getLine().stream().filter(l -> l.getKind() == StatementLineKind.QUANTITY)
                .forEach(l -> lines.put(l.getItem(), l.getUnitDays() + " unit-days, peak " + l.getPeak()));
        // the 1st to the 10th (the day of the deletion), 7 licenses and the add-on each day; nothing after
        assertEquals("70 unit-days, peak 7", lines.get("LICENSES_PURCHASED"));
        assertEquals("10 unit-days, peak 1", lines.get("MOBILITY_ADD_ON"));
        assertEquals("0 unit-days, peak 0", lines.get("LICENSES_SHARED"));
    }

    /** The snapshot job's row of the day, as it would have written it: 7 licenses purchased, the add-on active. */
    private static void recordSevenLicenses(java.sql.Connection db, long accountId, LocalDate day) throws java.sql.SQLException {
        try (java.sql.PreparedStatement snapshot = db.prepareStatement("insert into billing_snapshot (id, version,"
                + " account_id, carrier_id, snapshot_day, licenses_purchased, licenses_shared, mobility_users,"
                + " anywhere_users, mobility_status, recorded_at, recorded_by) select ?, 1, id, carrier_id, ?, 7, 0, 0, 0,"
                + " 'ACTIVE', ?, 'billing-snapshot' from account where id = ?")) {
            snapshot.setLong(1, -accountId);
            snapshot.setObject(2, day);
            snapshot.setObject(3, day.atTime(23, 50));
            snapshot.setLong(4, accountId);
            assertEquals(1, snapshot.executeUpdate());
        }
    }

    private static String statementAndClaim(java.sql.Connection db, long accountId, YearMonth month, String claim)
            throws java.sql.SQLException {
        try (java.sql.PreparedStatement q = db.prepareStatement("select s.status, l.unit_days, c.claimed_by,"
                + " c.completed_at from billing_schedule_claim c left join billing_statement s on s.account_id = ?"
                + " and s.billing_month = ? left join billing_line l on l.statement_id = s.id and l.kind = 'QUANTITY'"
                + " and l.item = 'LICENSES_PURCHASED' where c.claim_key = ?")) {
            q.setLong(1, accountId);
            q.setString(2, month.toString());
            q.setString(3, claim);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return "no claim";
                }
                return rs.getString(1) + " " + rs.getObject(2) + " " + ("killed@instance".equals(rs.getString(3))
                        ? "not taken over" : rs.getObject(4) == null ? "taken over and open" : "completed");
            }
        }
    }

    private static void assertCsvMatchesPage(String csv, Map<String, List<String>> page, List<List<String>> days) {
        String[] sections = csv.split("\r\n\r\n");
        assertEquals(2, sections.length, csv);
        Map<String, List<String>> fromCsv = new LinkedHashMap<>();
        List<String> lines = sections[0].lines().skip(1).toList();
        for (String line : lines) {
            List<String> f = fields(line);
            // account,month,status,kind,item,title,for_month,day_weighted,peak,unit_days,days_in_month,calls,billed_minutes,charge
            fromCsv.put(f.get(3) + " " + f.get(5) + " " + f.get(6), List.of(f.get(7), f.get(8), f.get(9), f.get(11), f.get(12)));
        }
        assertEquals(page, fromCsv);
        // the CSV keeps the codes (RECORDED, ACTIVE) that the page shows as words
        List<List<String>> csvDays = sections[1].lines().skip(1).map(BillingIT::fields).map(f -> {
            List<String> row = new ArrayList<>(f);
            row.set(1, org.onenumber.web.Words.word(row.get(1)));
            row.set(row.size() - 1, org.onenumber.web.Words.word(row.get(row.size() - 1)));
            return (List<String>) row;
        }).toList();
        assertEquals(days, csvDays);
    }

    /** A CSV line's fields (quoted fields may hold commas). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String weighted(long unitDays, int days) {
        return BigDecimal.valueOf(unitDays).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP).toPlainString();
    }

    // --- Office Anywhere's toll call, through the switch emulator

    /** A portal, an active number for the user, an international call through the portal; its seconds as billed. */
    private long placeTollCall(Fixture f, long userId) throws Exception {
        GetUser getUser = new GetUser();
        getUser.setUserId(userId);
        long siteId = acme.port().getUser(getUser).getUser().getSiteId();
        AddPortal add = new AddPortal();
        add.setSiteId(siteId);
        add.setNumber(f.free().get(0));
        add.setScope(PortalScope.SITE);
        Portal portal = anywhere.port().addPortal(add).getPortal();
        String cell = NumberBlocks.single("415");
        AddAlternateNumber number = new AddAlternateNumber();
        number.setUserId(userId);
        number.setNumber(cell);
        number.setKind(NumberKind.WIRELESS);
        number.setDescription("Mobile");
        number.setActive(true);
        anywhere.port().addAlternateNumber(number);
        GetSyncStatus sync = new GetSyncStatus();
        sync.setUserId(userId);
        awaitSwitch("subscriber " + acme.port().getSyncStatus(sync).getSubscriber(), "OFFICE_ANYWHERE:" + cell);
        awaitSwitch("portal portal-" + portal.getPortalId(), "number=");
        String call = SwitchConsole.admin(server.adminPort(), "portal-call " + cell + " " + portal.getNumber() + " +33142685300");
        assertTrue(call.contains("rateClass=INTERNATIONAL"), call);
        String callId = call.split(" ")[1];
        Thread.sleep(1_100);
        SwitchConsole.admin(server.adminPort(), "end " + callId);

        ListTollUsage usage = new ListTollUsage();
        usage.setAccountId(f.accountId());
        usage.setMonth(javax.xml.datatype.DatatypeFactory.newInstance().newXMLGregorianCalendar(
                YearMonth.now(ZoneOffset.UTC) + "-01T00:00:00Z"));
        usage.getMonth().setDay(javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED);
        usage.getMonth().setTime(javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED,
                javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED, javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED);
        usage.getMonth().setTimezone(javax.xml.datatype.DatatypeConstants.FIELD_UNDEFINED);
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        List<TollCall> calls = List.of();
        while (System.nanoTime() < deadline && calls.isEmpty()) {
            calls = anywhere.port().listTollUsage(usage).getCall();
            Thread.sleep(100);
        }
        assertEquals(1, calls.size(), calls.toString());
        return calls.get(0).getSeconds();
    }

    private void awaitSwitch(String command, String expected) throws Exception {
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        String last;
        do {
            last = SwitchConsole.admin(server.adminPort(), command);
            if (last.contains(expected)) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("never showed " + expected + ": " + last);
    }
}
