package org.onenumber.web.reconcile;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.onenumber.reconcile.boundary.AccountDrift;
import org.onenumber.reconcile.boundary.Reconciliations;
import org.onenumber.reconcile.entity.Drift;
import org.onenumber.reconcile.entity.ReconciliationRun;
import org.onenumber.reconcile.entity.RunMode;
import org.onenumber.reconcile.entity.Scope;
import org.onenumber.web.Messages;
import org.onenumber.web.WindowModel;

/**
 * admin/support/reconciliation.xhtml: start a run over one account or the carrier, follow the selected run's
 * progress (polled while it runs), the run history, the drift per account and of one account, Repair for a
 * completed report run, Restart for one that stopped.
 */
@Named
@ViewScoped
public class ReconciliationBacking implements Serializable {

    @Inject
    Reconciliations reconciliations;

    private Scope.Kind scope = Scope.Kind.CARRIER;
    private Long accountId;
    private RunMode mode = RunMode.REPORT;
    private Long runId;
    private Long driftAccountId;
    private ReconciliationRun run;
    private List<AccountDrift> byAccount;
    private WindowModel<ReconciliationRun> runs;
    private WindowModel<Drift> drift;

    @PostConstruct
    void init() {
        runs = new WindowModel<>((first, max) -> reconciliations.runs(first, max), () -> reconciliations.countRuns());
        drift = new WindowModel<>((first, max) -> runId == null ? List.of()
                : reconciliations.listDrift(runId, driftAccountId, first, max),
                () -> runId == null ? 0 : reconciliations.countDrift(runId, driftAccountId));
    }

    public void start() {
        Messages.run("start", () -> select(reconciliations.start(scope, scope == Scope.Kind.ACCOUNT ? accountId : null,
                mode)), null);
    }

    public void repair() {
        Messages.run("run", () -> select(reconciliations.repair(runId)), null);
    }

    public void restart() {
        Messages.run("run", () -> select(reconciliations.restart(runId)), null);
    }

    public void select(long id) {
        runId = id;
        driftAccountId = null;
        refresh();
    }

    public void showAccount(Long id) {
        driftAccountId = id;
    }

    /** The poll's action: the selected run as it now stands. */
    public void refresh() {
        if (runId != null) {
            run = reconciliations.get(runId);
            byAccount = reconciliations.driftByAccount(runId);
        }
    }

    /** Polled while the run is not finished (also while it waits to be resumed after its instance died). */
    public boolean isRunning() {
        return run != null && !run.getStatus().finished();
    }

    public boolean isRepairable() {
        return run != null && run.getMode() == RunMode.REPORT && run.getStatus().name().equals("COMPLETED")
                && run.driftCount() > 0;
    }

    public boolean isRestartable() {
        return run != null && !run.getStatus().name().equals("COMPLETED") && reconciliations.restartable(run.getId());
    }

    public Scope.Kind[] getScopes() {
        return new Scope.Kind[] {Scope.Kind.ACCOUNT, Scope.Kind.CARRIER};
    }

    public RunMode[] getModes() {
        return RunMode.values();
    }

    public Scope.Kind getScope() {
        return scope;
    }

    public void setScope(Scope.Kind scope) {
        this.scope = scope;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public RunMode getMode() {
        return mode;
    }

    public void setMode(RunMode mode) {
        this.mode = mode;
    }

    public Long getRunId() {
        return runId;
    }

    public Long getDriftAccountId() {
        return driftAccountId;
    }

    public ReconciliationRun getRun() {
        return run;
    }

    public List<AccountDrift> getByAccount() {
        return byAccount;
    }

    public WindowModel<ReconciliationRun> getRuns() {
        return runs;
    }

    public WindowModel<Drift> getDrift() {
        return drift;
    }
}
