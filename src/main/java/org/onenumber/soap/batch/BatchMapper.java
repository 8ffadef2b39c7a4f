package org.onenumber.soap.batch;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.onenumber.billing.entity.BillingStatement;
import org.onenumber.billing.entity.StatementLine;
import org.onenumber.reconcile.entity.Drift;
import org.onenumber.reconcile.entity.ReconciliationRun;
import org.onenumber.reconcile.entity.Scope;
import org.onenumber.soap.XmlTimes;
import org.onenumber.ws.v1.BillingStatementSummary;
import org.onenumber.ws.v1.DriftCounts;
import org.onenumber.ws.v1.DriftItem;
import org.onenumber.ws.v1.ReconciliationMode;
import org.onenumber.ws.v1.ReconciliationScope;
import org.onenumber.ws.v1.ReconciliationStatus;
import org.onenumber.ws.v1.StatementLineKind;
import org.onenumber.ws.v1.StatementStatus;

/** Reconciliation runs, their drift and billing statements between the contract's JAXB types and the batch entities. */
final class BatchMapper {

    private BatchMapper() {
    }

    static Scope.Kind scope(ReconciliationScope scope) {
        return Scope.Kind.valueOf(scope.name());
    }

    static org.onenumber.reconcile.entity.RunMode mode(ReconciliationMode mode) {
        return org.onenumber.reconcile.entity.RunMode.valueOf(mode.name());
    }

    /** A run a carrier sees: over one of its accounts or all of them (the system's runs over everything are not its). */
    static org.onenumber.ws.v1.Reconciliation run(ReconciliationRun run) {
        var out = new org.onenumber.ws.v1.Reconciliation();
        out.setRunId(run.getId());
        out.setScope(ReconciliationScope.valueOf(run.getScopeKind().name()));
        out.setAccountId(run.getAccountId());
        out.setMode(ReconciliationMode.valueOf(run.getMode().name()));
        out.setStatus(ReconciliationStatus.valueOf(run.getStatus().name()));
        out.setRepairOf(run.getRepairOf());
        out.setStartedBy(run.getStartedBy());
        out.setCreated(XmlTimes.of(run.getCreatedAt()));
        out.setStarted(XmlTimes.of(run.getStartedAt()));
        out.setEnded(XmlTimes.of(run.getFinishedAt()));
        out.setItemsCompared(run.getItemsDone());
        out.setItemsTotal(run.getItemsTotal() > 0 ? run.getItemsTotal() : null);
        out.setPercent(run.percent());
        var counts = new DriftCounts();
        counts.setOrphan(run.getOrphans());
        counts.setMissing(run.getMissing());
        counts.setWrongStation(run.getWrongStation());
        counts.setStuck(run.getStuck());
        counts.setSettings(run.getSettings());
        counts.setTotal(run.driftCount());
        out.setDrift(counts);
        out.setRepairs(run.getRepairs());
        out.setLastError(run.getLastError());
        return out;
    }

    static org.onenumber.ws.v1.Drift drift(Drift drift) {
        var out = new org.onenumber.ws.v1.Drift();
        out.setDriftId(drift.getId());
        out.setRunId(drift.getRunId());
        out.setAccountId(drift.getAccountId());
        out.setKind(org.onenumber.ws.v1.DriftKind.valueOf(drift.getKind().name()));
        out.setItem(DriftItem.valueOf(drift.getItem().name()));
        out.setKey(drift.getItemKey());
        out.setSwitchOwner(drift.getSwitchOwner());
        out.setSwitchVersion(drift.getSwitchVersion());
        out.setDesiredOwner(drift.getDesiredOwner());
        out.setDesiredVersion(drift.getDesiredVersion());
        out.setDetail(drift.getDetail());
        out.setRepaired(drift.isRepaired());
        return out;
    }

    static BillingStatementSummary summary(BillingStatement statement) {
        return fill(new BillingStatementSummary(), statement);
    }

    /** The statement with its lines, in the figures the page and the CSV show. */
    static org.onenumber.ws.v1.BillingStatement statement(BillingStatement statement) {
        var out = fill(new org.onenumber.ws.v1.BillingStatement(), statement);
        for (StatementLine line : statement.getLines()) {
            out.getLine().add(line(line));
        }
        return out;
    }

    private static <S extends BillingStatementSummary> S fill(S out, BillingStatement statement) {
        out.setAccountId(statement.getAccountId());
        out.setAccountName(statement.getAccountName());
        out.setMonth(XmlTimes.of(statement.yearMonth()));
        out.setStatus(StatementStatus.valueOf(statement.getStatus().name()));
        out.setDaysInMonth(statement.getDaysInMonth());
        out.setRecordedDays(statement.getRecordedDays());
        out.setUnmeasuredDays(statement.getUnmeasuredDays());
        out.setProduced(XmlTimes.of(statement.getProducedAt()));
        out.setProducedBy(statement.getProducedBy());
        return out;
    }

    private static org.onenumber.ws.v1.StatementLine line(StatementLine line) {
        var out = new org.onenumber.ws.v1.StatementLine();
        out.setKind(StatementLineKind.valueOf(line.getKind().name()));
        out.setItem(line.getItem());
        out.setTitle(line.getTitle());
        out.setForMonth(XmlTimes.of(YearMonth.parse(line.getForMonth())));
        out.setBasisDays(line.getBasisDays());
        if (line.isUsage()) {
            out.setCalls(line.getCalls());
            out.setBilledMinutes(line.getBilledMinutes());
        } else {
            out.setDayWeighted(new BigDecimal(line.dayWeightedText()));
            out.setPeak(line.getPeak());
            out.setUnitDays(line.getUnitDays());
        }
        out.setCharge(line.getCharge());
        return out;
    }
}
