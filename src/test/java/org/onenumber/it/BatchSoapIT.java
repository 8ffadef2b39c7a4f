package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onenumber.testsupport.RawSoap.assertRefused;
import static org.onenumber.testsupport.SoapFaults.fault;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.client.*;
import org.onenumber.testsupport.BatchClient;
import org.onenumber.testsupport.MobilityClient;
import org.onenumber.testsupport.MobilityAccounts;
import org.onenumber.testsupport.PayaraMicro;
import org.onenumber.testsupport.ProvisioningClient;
import org.onenumber.testsupport.RawSoap;
import org.onenumber.testsupport.SharedServer;
import org.openqa.selenium.By;

/**
 * The batch jobs through the carrier's SOAP port (BatchPort), with the independent client. Drift made on the switch
 * emulator behind OneNumber's back (an orphan client, a tampered Mobility setting, a subscriber held at an old version)
 * is found by a report run started and followed over SOAP, exactly; its repair converges the switch and a second report
 * finds nothing. Another carrier's account or run, an unknown run, a page size out of range and a malformed month are
 * typed faults that start nothing (read back). A billing statement made by the true-up on the billing page reads the
 * same over SOAP as on the page, with quantities checked by hand.
 */
@ExtendWith(SharedServer.class)
class BatchSoapIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final long UNKNOWN_RUN = 9_000_000_000_000L;

    @RegisterExtension
    final Browser browser = new Browser();

    private final URL base;
    private final BatchClient acme;
    private final BatchClient northwind;
    private final MobilityAccounts accounts;
    private final RawSoap raw;

    BatchSoapIT(PayaraMicro server) {
        this.base = server.url();
        this.acme = BatchClient.acme(base);
        this.northwind = BatchClient.northwind(base);
        this.accounts = MobilityAccounts.on(server);
        this.raw = new RawSoap(base);
    }

    @Test
    void aReportStartedOverSoapFindsExactlyTheDriftMadeOnTheSwitchItsRepairConvergesItAndASecondReportFindsNothing()
            throws Exception {
        MobilityAccounts.Account f = accounts.create(2);
        String orphan = "FEBC7" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        accounts.admin("drift-client " + f.subscribers().get(0) + " " + orphan);
        accounts.admin("drift-setting " + f.key() + " group Tampered");
        accounts.admin("drift-version " + f.subscribers().get(1) + " 1");

        String key = "report-" + UUID.randomUUID();
        Reconciliation started = start(key, ReconciliationScope.ACCOUNT, f.accountId(), ReconciliationMode.REPORT);
        assertEquals(ReconciliationScope.ACCOUNT, started.getScope());
        assertEquals(f.accountId(), started.getAccountId());
        assertEquals(ReconciliationMode.REPORT, started.getMode());
        assertEquals("acme-api", started.getStartedBy());
        // the same key again: the first answer, and no second run
        assertEquals(started.getRunId(), start(key, ReconciliationScope.ACCOUNT, f.accountId(), ReconciliationMode.REPORT)
                .getRunId());
        assertEquals(started.getRunId(), newestRun(acme));

        Reconciliation report = awaitCompleted(started.getRunId());
        assertEquals(100, report.getPercent());
        assertTrue(report.getItemsCompared() >= 3, "items compared: " + report.getItemsCompared());
        assertNotNull(report.getItemsTotal(), "the total is known once the run started");
        assertNotNull(report.getStarted());
        assertNotNull(report.getEnded());
        assertEquals(List.of(1, 0, 0, 1, 1, 3), counts(report));

        Set<String> expected = Set.of("ORPHAN MOBILE_CLIENT MOBILE_CLIENT:" + orphan + " " + f.subscribers().get(0),
                "SETTINGS ACCOUNT_MOBILITY " + f.key(), "STUCK SUBSCRIBER " + f.subscribers().get(1));
        List<Drift> found = allDrift(report.getRunId(), null, 2);
        assertEquals(expected, described(found));
        assertTrue(found.stream().noneMatch(Drift::isRepaired), "a report repairs nothing");
        assertTrue(found.stream().allMatch(d -> d.getAccountId() == f.accountId()), "all of the account");
        Drift settings = found.stream().filter(d -> d.getKind() == DriftKind.SETTINGS).findFirst().orElseThrow();
        assertEquals("group: Group " + f.accountId() + " != Tampered", settings.getDetail());
        Drift stuck = found.stream().filter(d -> d.getKind() == DriftKind.STUCK).findFirst().orElseThrow();
        assertEquals(1, stuck.getSwitchVersion());
        assertTrue(stuck.getDesiredVersion() > 1, "desired version " + stuck.getDesiredVersion());
        assertEquals(3, allDrift(report.getRunId(), f.accountId(), 50).size());
        assertEquals(0, listDrift(report.getRunId(), f.accountId() + 1, null, null).getTotal(), "another account's drift");

        RepairReconciliation repair = new RepairReconciliation();
        repair.setReportRunId(report.getRunId());
        Reconciliation repairing = acme.with("repair-" + UUID.randomUUID(), null).repairReconciliation(repair)
                .getReconciliation();
        assertEquals(ReconciliationMode.REPAIR, repairing.getMode());
        assertEquals(report.getRunId(), repairing.getRepairOf());
        Reconciliation repaired = awaitCompleted(repairing.getRunId());
        assertEquals(3, repaired.getRepairs());
        assertTrue(allDrift(repaired.getRunId(), null, 50).stream().allMatch(Drift::isRepaired), "every drift repaired");
        // a repair run is no report: it is not repaired again
        assertEquals("IN_USE", fault(() -> acme.port().repairReconciliation(runOf(repaired.getRunId()))).getCode());

        accounts.awaitSwitch(f.subscribers().get(0), s -> !s.contains(orphan));
        accounts.awaitAccount(f.key(), s -> s.contains("group=Group " + f.accountId()));
        accounts.awaitSwitch(f.subscribers().get(1), s -> !s.contains("version=1 "));

        Reconciliation second = awaitCompleted(start(null, ReconciliationScope.ACCOUNT, f.accountId(),
                ReconciliationMode.REPORT).getRunId());
        assertEquals(List.of(0, 0, 0, 0, 0, 0), counts(second));
        assertEquals(0, listDrift(second.getRunId(), null, null, null).getTotal());
    }

    @Test
    void anotherCarriersAccountOrRunAnUnknownRunAndPageSizesOutOfRangeAreTypedFaultsThatStartNothing() throws Exception {
        long account = plainAccount();
        Reconciliation own = awaitCompleted(start(null, ReconciliationScope.ACCOUNT, account, ReconciliationMode.REPORT)
                .getRunId());
        long acmeNewest = newestRun(acme);
        Long northwindNewest = newestRunOrNull(northwind);

        // another carrier's account: not found, as a missing one, and no run for either carrier
        OneNumberFaultDetail foreign = fault(() -> northwind.with("foreign-" + UUID.randomUUID(), null)
                .startReconciliation(startRequest(ReconciliationScope.ACCOUNT, account, ReconciliationMode.REPAIR)));
        assertEquals("NOT_FOUND", foreign.getCode(), foreign.getSummary());
        assertEquals("NOT_FOUND", fault(() -> northwind.port().startReconciliation(
                startRequest(ReconciliationScope.ACCOUNT, UNKNOWN_RUN, ReconciliationMode.REPORT))).getCode());
        // a carrier's run names no account, and an account's run names its account; EVERYTHING is not in the contract
        OneNumberFaultDetail carrierWithAccount = fault(() -> acme.port().startReconciliation(
                startRequest(ReconciliationScope.CARRIER, account, ReconciliationMode.REPORT)));
        assertEquals("INVALID_FIELD", carrierWithAccount.getCode(), carrierWithAccount.getSummary());
        assertEquals("accountId", carrierWithAccount.getField());
        OneNumberFaultDetail accountWithout = fault(() -> acme.port().startReconciliation(
                startRequest(ReconciliationScope.ACCOUNT, null, ReconciliationMode.REPORT)));
        assertEquals("INVALID_FIELD", accountWithout.getCode(), accountWithout.getSummary());
        assertEquals("accountId", accountWithout.getField());
        assertRefused(raw.post("batch", "StartReconciliation", "<on:StartReconciliation><on:scope>EVERYTHING</on:scope>"
                + "<on:mode>REPORT</on:mode></on:StartReconciliation>"), "scope");
        assertEquals(acmeNewest, newestRun(acme), "no run started for the demo carrier");
        assertEquals(northwindNewest, newestRunOrNull(northwind), "no run started for the other carrier");

        // another carrier's run is the same fault as a run that does not exist, and no repair starts
        OneNumberFaultDetail unknown = fault(() -> northwind.port().getReconciliation(get(UNKNOWN_RUN)));
        OneNumberFaultDetail hidden = fault(() -> northwind.port().getReconciliation(get(own.getRunId())));
        assertEquals("NOT_FOUND", unknown.getCode());
        assertEquals(unknown.getCode(), hidden.getCode());
        assertEquals(unknown.getField(), hidden.getField());
        assertEquals("NOT_FOUND", fault(() -> northwind.port().listDrift(drift(own.getRunId(), null, null))).getCode());
        assertEquals("NOT_FOUND", fault(() -> northwind.port().repairReconciliation(runOf(own.getRunId()))).getCode());
        assertEquals(northwindNewest, newestRunOrNull(northwind));
        assertTrue(northwind.port().listReconciliations(new ListReconciliations()).getReconciliation().stream()
                .noneMatch(r -> r.getRunId() == own.getRunId()), "the other carrier does not list it");
        // the total counts the carrier's runs over every page
        ListReconciliations runs = new ListReconciliations();
        runs.setIncludeTotal(true);
        PageRequest small = new PageRequest();
        small.setPageSize(1);
        runs.setPage(small);
        ListReconciliationsResponse runPage = acme.port().listReconciliations(runs);
        long listed = runPage.getReconciliation().size();
        while (runPage.getNextCursor() != null) {
            small.setCursor(runPage.getNextCursor());
            runPage = acme.port().listReconciliations(runs);
            listed += runPage.getReconciliation().size();
        }
        assertTrue(listed >= 1);
        assertEquals(listed, runPage.getTotal());

        // page sizes out of range
        for (int size : new int[] {0, 201}) {
            OneNumberFaultDetail page = fault(() -> acme.port().listDrift(drift(own.getRunId(), null, size)));
            assertEquals("INVALID_FIELD", page.getCode());
            assertEquals("pageSize", page.getField());
        }
        assertEquals("cursor", fault(() -> {
            ListDrift bad = drift(own.getRunId(), null, 10);
            bad.getPage().setCursor("not-ours");
            acme.port().listDrift(bad);
        }).getField());
        assertEquals(acmeNewest, newestRun(acme), "nothing started");
        assertEquals(own.getStatus(), acme.port().getReconciliation(get(own.getRunId())).getReconciliation().getStatus());
    }

    @Test
    void aClosedStatementReadsOverSoapAsOnThePageWithHandCheckedQuantitiesAndOnlyForItsCarrier() throws Exception {
        MobilityAccounts.Account f = accounts.create(1);
        YearMonth current = YearMonth.now(ZoneOffset.UTC);
        YearMonth last = current.minusMonths(1);
        int days = last.lengthOfMonth();
        BillingPage page = new BillingPage(browser, base);

        setQuantity(f.accountId(), 10);
        page.openAccountAsSupport(f.name());
        browser.open(base, "admin/billing.xhtml");
        page.recordDay(last.atDay(1));   // 10 licenses, 1 shared, 1 mobility user, the add-on active
        setQuantity(f.accountId(), 15);
        page.recordDay(last.atDay(15));  // a purchase in the middle: 15
        page.runTrueUp();
        assertEquals("Closed", browser.find(By.id("billing:statementStatus")).getText());
        Map<String, List<String>> onThePage = page.lines();

        GetBillingStatement get = new GetBillingStatement();
        get.setAccountId(f.accountId());
        get.setMonth(month(last));
        BillingStatement statement = acme.port().getBillingStatement(get).getStatement();
        assertEquals(StatementStatus.CLOSED, statement.getStatus());
        assertEquals(last.toString(), statement.getMonth().toXMLFormat());
        assertEquals(f.name(), statement.getAccountName());
        assertEquals(days, statement.getDaysInMonth());
        assertEquals(2, statement.getRecordedDays());
        assertEquals(0, statement.getUnmeasuredDays());
        assertEquals(onThePage, lines(statement), "the page's figures");
        // by hand: 10 licenses for 14 days, 15 for the rest
        long purchased = 10 * 14 + 15L * (days - 14);
        StatementLine licenses = line(statement, "LICENSES_PURCHASED");
        assertEquals(new BigDecimal(weighted(purchased, days)), licenses.getDayWeighted());
        assertEquals(15, licenses.getPeak());
        assertEquals(purchased, licenses.getUnitDays());
        assertNull(licenses.getCalls());
        StatementLine shared = line(statement, "LICENSES_SHARED");
        assertEquals(new BigDecimal("1.00"), shared.getDayWeighted());
        assertEquals(1, shared.getPeak());
        assertEquals(days, shared.getUnitDays());
        StatementLine addOn = line(statement, "MOBILITY_ADD_ON");
        assertEquals(days, addOn.getUnitDays());

        ListBillingStatements list = new ListBillingStatements();
        list.setAccountId(f.accountId());
        ListBillingStatementsResponse listed = acme.port().listBillingStatements(list);
        assertEquals(List.of(last.toString() + " CLOSED"), listed.getStatement().stream()
                .map(s -> s.getMonth().toXMLFormat() + " " + s.getStatus()).toList());
        assertNull(listed.getNextCursor());
        assertNull(listed.getTotal(), "no count unless asked");
        list.setIncludeTotal(true);
        assertEquals(1L, acme.port().listBillingStatements(list).getTotal());
        list.setIncludeTotal(null);

        // another carrier, a month without a statement, a malformed month, a page size out of range
        assertEquals("NOT_FOUND", fault(() -> northwind.port().getBillingStatement(get)).getCode());
        assertEquals("NOT_FOUND", fault(() -> northwind.port().listBillingStatements(list)).getCode());
        GetBillingStatement none = new GetBillingStatement();
        none.setAccountId(f.accountId());
        none.setMonth(month(current.plusMonths(1)));
        OneNumberFaultDetail missing = fault(() -> acme.port().getBillingStatement(none));
        assertEquals("NOT_FOUND", missing.getCode());
        assertEquals("month", missing.getField());
        none.setMonth(month(YearMonth.of(1999, 12)));
        OneNumberFaultDetail early = fault(() -> acme.port().getBillingStatement(none));
        assertEquals("INVALID_FIELD", early.getCode());
        assertEquals("month", early.getField());
        for (String malformed : List.of("2026-13", "2026/11", "November")) {
            assertRefused(raw.post("batch", "GetBillingStatement", "<on:GetBillingStatement><on:accountId>" + f.accountId()
                    + "</on:accountId><on:month>" + malformed + "</on:month></on:GetBillingStatement>"), "month");
        }
        ListBillingStatements tooMany = new ListBillingStatements();
        tooMany.setAccountId(f.accountId());
        tooMany.setPage(new PageRequest());
        tooMany.getPage().setPageSize(500);
        assertEquals("pageSize", fault(() -> acme.port().listBillingStatements(tooMany)).getField());
        assertEquals(statement.getProduced(), acme.port().getBillingStatement(get).getStatement().getProduced(),
                "the statement stays as it was");
    }

    /**
     * A statement outlives its account: once the carrier deleted the account, its closed statements are still the
     * carrier's to read (the invoices it sent), and still no other carrier's. Before, every read answered NOT_FOUND.
     */
    @Test
    void aDeletedAccountsClosedStatementStaysTheCarriersToRead() throws Exception {
        ProvisioningClient provisioning = ProvisioningClient.acme(base);
        AddAccount add = new AddAccount();
        add.setName("Billing leaver " + UUID.randomUUID().toString().substring(0, 8));
        long accountId = provisioning.port().addAccount(add).getAccount().getAccountId();
        YearMonth last = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        BillingPage page = new BillingPage(browser, base);
        page.openAccountAsSupport(add.getName());
        browser.open(base, "admin/billing.xhtml");
        page.recordDay(last.atDay(1));
        page.runTrueUp();
        assertEquals("Closed", browser.find(By.id("billing:statementStatus")).getText());
        GetBillingStatement get = new GetBillingStatement();
        get.setAccountId(accountId);
        get.setMonth(month(last));
        BillingStatement before = acme.port().getBillingStatement(get).getStatement();

        DeleteAccount delete = new DeleteAccount();
        delete.setAccountId(accountId);
        provisioning.port().deleteAccount(delete);

        BillingStatement after = acme.port().getBillingStatement(get).getStatement();
        assertEquals(StatementStatus.CLOSED, after.getStatus());
        assertEquals(add.getName(), after.getAccountName());
        assertEquals(lines(before), lines(after));
        ListBillingStatements list = new ListBillingStatements();
        list.setAccountId(accountId);
        list.setIncludeTotal(true);
        ListBillingStatementsResponse listed = acme.port().listBillingStatements(list);
        assertEquals(List.of(last + " CLOSED"), listed.getStatement().stream()
                .map(s -> s.getMonth().toXMLFormat() + " " + s.getStatus()).toList());
        assertEquals(1L, listed.getTotal());
        assertEquals("NOT_FOUND", fault(() -> northwind.port().getBillingStatement(get)).getCode());
        assertEquals("NOT_FOUND", fault(() -> northwind.port().listBillingStatements(list)).getCode());
        GetBillingStatement never = new GetBillingStatement();
        never.setAccountId(accountId + 1_000_000);
        never.setMonth(month(last));
        assertEquals("NOT_FOUND", fault(() -> acme.port().getBillingStatement(never)).getCode(), "no such account, ever");
    }

    // --- reconciliation over SOAP

    private static StartReconciliation startRequest(ReconciliationScope scope, Long accountId, ReconciliationMode mode) {
        StartReconciliation start = new StartReconciliation();
        start.setScope(scope);
        start.setAccountId(accountId);
        start.setMode(mode);
        return start;
    }

    /** Starts a run as the demo carrier; while another run holds the one-at-a-time lock (IN_USE), tries again. */
    private Reconciliation start(String key, ReconciliationScope scope, Long accountId, ReconciliationMode mode)
            throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                BatchPort port = key == null ? acme.port() : acme.with(key, null);
                return port.startReconciliation(startRequest(scope, accountId, mode)).getReconciliation();
            } catch (OneNumberFault e) {
                if (!"IN_USE".equals(e.getFaultInfo().getCode()) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static GetReconciliation get(long runId) {
        GetReconciliation get = new GetReconciliation();
        get.setRunId(runId);
        return get;
    }

    private static RepairReconciliation runOf(long runId) {
        RepairReconciliation repair = new RepairReconciliation();
        repair.setReportRunId(runId);
        return repair;
    }

    /** Follows a run with GetReconciliation until it ended; it must have completed. */
    private Reconciliation awaitCompleted(long runId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Reconciliation run = acme.port().getReconciliation(get(runId)).getReconciliation();
        while (run.getStatus() != ReconciliationStatus.COMPLETED && run.getStatus() != ReconciliationStatus.FAILED
                && System.nanoTime() < deadline) {
            assertTrue(run.getPercent() < 100, "100 % only when completed");
            Thread.sleep(200);
            run = acme.port().getReconciliation(get(runId)).getReconciliation();
        }
        assertEquals(ReconciliationStatus.COMPLETED, run.getStatus(), "run " + runId + ": " + run.getLastError());
        return run;
    }

    private static long newestRun(BatchClient carrier) throws Exception {
        Long newest = newestRunOrNull(carrier);
        assertNotNull(newest, "the carrier has runs");
        return newest;
    }

    private static Long newestRunOrNull(BatchClient carrier) throws Exception {
        ListReconciliations list = new ListReconciliations();
        list.setPage(new PageRequest());
        list.getPage().setPageSize(1);
        List<Reconciliation> runs = carrier.port().listReconciliations(list).getReconciliation();
        return runs.isEmpty() ? null : runs.get(0).getRunId();
    }

    /** Orphan, missing, wrong station, stuck, settings, total. */
    private static List<Integer> counts(Reconciliation run) {
        DriftCounts c = run.getDrift();
        return List.of(c.getOrphan(), c.getMissing(), c.getWrongStation(), c.getStuck(), c.getSettings(), c.getTotal());
    }

    private static ListDrift drift(long runId, Long accountId, Integer pageSize) {
        ListDrift list = new ListDrift();
        list.setRunId(runId);
        list.setAccountId(accountId);
        if (pageSize != null) {
            list.setPage(new PageRequest());
            list.getPage().setPageSize(pageSize);
        }
        return list;
    }

    private ListDriftResponse listDrift(long runId, Long accountId, Integer pageSize, String cursor) throws Exception {
        ListDrift list = drift(runId, accountId, pageSize);
        if (cursor != null) {
            list.getPage().setCursor(cursor);
        }
        return acme.port().listDrift(list);
    }

    /** Every page of a run's drift; each page says the same total, and the pages add up to it. */
    private List<Drift> allDrift(long runId, Long accountId, int pageSize) throws Exception {
        List<Drift> all = new ArrayList<>();
        String cursor = null;
        long total;
        do {
            ListDriftResponse page = listDrift(runId, accountId, pageSize, cursor);
            assertTrue(page.getDrift().size() <= pageSize);
            all.addAll(page.getDrift());
            total = page.getTotal();
            cursor = page.getNextCursor();
        } while (cursor != null);
        assertEquals(total, all.size(), "the pages add up to the total");
        return all;
    }

    /** "KIND ITEM KEY", and the switch's owner for the kinds where the switch holds the item elsewhere. */
    private static Set<String> described(List<Drift> drift) {
        Set<String> found = new TreeSet<>();
        for (Drift d : drift) {
            boolean owned = d.getKind() == DriftKind.ORPHAN || d.getKind() == DriftKind.WRONG_STATION;
            found.add(d.getKind() + " " + d.getItem() + " " + d.getKey() + (owned ? " " + d.getSwitchOwner() : ""));
        }
        return found;
    }

    private long plainAccount() throws Exception {
        AddAccount add = new AddAccount();
        add.setName("Batch " + UUID.randomUUID().toString().substring(0, 8));
        return ProvisioningClient.acme(base).port().addAccount(add).getAccount().getAccountId();
    }

    // --- billing over SOAP

    private void setQuantity(long accountId, int quantity) throws Exception {
        SetLicenseQuantity set = new SetLicenseQuantity();
        set.setAccountId(accountId);
        set.setQuantity(quantity);
        assertEquals(quantity, MobilityClient.acme(base).port().setLicenseQuantity(set).getPool().getPurchased());
    }

    private static XMLGregorianCalendar month(YearMonth month) throws Exception {
        return DatatypeFactory.newInstance().newXMLGregorianCalendar(month.toString());
    }

    /** The lines as the billing page shows them: "KIND Title for-month" to day-weighted, peak, unit-days, calls, minutes. */
    private static Map<String, List<String>> lines(BillingStatement statement) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (StatementLine l : statement.getLine()) {
            lines.put(l.getKind() + " " + l.getTitle() + " " + l.getForMonth().toXMLFormat(), List.of(
                    l.getDayWeighted() == null ? "" : l.getDayWeighted().toPlainString(), text(l.getPeak()),
                    text(l.getUnitDays()), text(l.getCalls()), text(l.getBilledMinutes())));
        }
        return lines;
    }

    private static String text(Number n) {
        return n == null ? "" : n.toString();
    }

    private static StatementLine line(BillingStatement statement, String item) {
        return statement.getLine().stream().filter(l -> l.getKind() == StatementLineKind.QUANTITY && l.getItem().equals(item))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + item));
    }

    private static String weighted(long unitDays, int days) {
        return BigDecimal.valueOf(unitDays).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP).toPlainString();
    }
}
