package org.onenumber.reconcile.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.control.Page;
import org.onenumber.platform.control.PageRequest;
import org.onenumber.reconcile.entity.Drift;
import org.onenumber.reconcile.entity.DriftKind;
import org.onenumber.reconcile.entity.ReconciliationRun;
import org.onenumber.reconcile.entity.RunMode;
import org.onenumber.reconcile.entity.RunStatus;
import org.onenumber.reconcile.entity.Scope;
import org.onenumber.security.control.Caller;
import org.onenumber.security.control.Tenancy;
import org.onenumber.security.entity.Role;

/**
 * Reconciliation as support, a carrier's back office and the nightly schedule use it: start a run over one account,
 * the carrier, or (the system only) everything; follow its progress; read the drift it found per account; repair
 * what a report found; restart a run that did not complete. A carrier sees only its own runs.
 */
@Stateless
@RolesAllowed({Role.SUPPORT, Role.CARRIER_API, Role.SYSTEM})
public class Reconciliations {

    public static final String JOB = "reconcile";

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    Caller caller;

    @Inject
    RunLedger ledger;

    @Resource
    SessionContext session;

    /** Items per chunk: what a checkpoint covers, and what a killed run compares again at most (uncommitted). */
    @Inject
    @ConfigProperty(name = "onenumber.reconcile.chunk-items", defaultValue = "1000")
    int chunkItems;

    /** Starts a run; {@code accountId} only for an ACCOUNT scope. Refused while another run holds the lock. */
    public long start(Scope.Kind kind, Long accountId, RunMode mode) {
        return launch(scope(kind, accountId), mode, null);
    }

    /** Repairs what a report run covered: a new REPAIR run over the same scope (it compares again, then repairs). */
    public long repair(long reportRunId) {
        ReconciliationRun report = get(reportRunId);
        if (report.getMode() != RunMode.REPORT || report.getStatus() != RunStatus.COMPLETED) {
            throw new ConflictException(CommonError.IN_USE, null, "Only a completed report run can be repaired.");
        }
        return launch(report.scope(), RunMode.REPAIR, reportRunId);
    }

    /**
     * Runs a run that did not complete on from its position: one that failed, or one whose instance died (its lease
     * lapsed). A new job execution resumes after the last item its chunks committed.
     */
    public long restart(long runId) {
        ReconciliationRun run = get(runId);
        if (run.getStatus() == RunStatus.COMPLETED || ledger.isLocked(runId)) {
            throw new ConflictException(CommonError.IN_USE, null, "Run " + runId + " is " + (run.getStatus()
                    == RunStatus.COMPLETED ? "complete" : "still running") + "; only a stopped run can be restarted.");
        }
        ledger.relock(runId);
        submit(runId);
        return runId;
    }

    /** Runs left RUNNING by an instance that died: their lease lapsed (the system resumes them). */
    @RolesAllowed(Role.SYSTEM)
    public List<Long> stalled() {
        return em.createQuery("select r.id from ReconciliationRun r where r.status in :open order by r.id", Long.class)
                .setParameter("open", List.of(RunStatus.QUEUED, RunStatus.RUNNING)).setMaxResults(10).getResultList()
                .stream().filter(id -> !ledger.isLocked(id)).toList();
    }

    /** True when a run did not complete and nothing works on it: it may be restarted. */
    public boolean restartable(long runId) {
        ReconciliationRun run = get(runId);
        return run.getStatus() != RunStatus.COMPLETED && !ledger.isLocked(runId);
    }

    public ReconciliationRun get(long runId) {
        ReconciliationRun run = em.find(ReconciliationRun.class, runId);
        if (run == null || !visible(run)) {
            throw new NotFoundException("Reconciliation run", runId);
        }
        return run;
    }

    /** Newest first. */
    public List<ReconciliationRun> runs(int first, int max) {
        return scoped(em.createQuery("select r from ReconciliationRun r" + runFilter() + " order by r.id desc",
                ReconciliationRun.class)).setFirstResult(first).setMaxResults(Math.min(max, 200)).getResultList();
    }

    /** Newest first, a keyset page at a time (the cursor is the last run shown). */
    public Page<ReconciliationRun> runs(PageRequest page) {
        List<ReconciliationRun> rows = scoped(em.createQuery("select r from ReconciliationRun r where r.id < :after"
                        + (isSystem() ? "" : " and r.carrierId = :carrier") + " order by r.id desc", ReconciliationRun.class))
                .setParameter("after", page.afterId() == 0 ? Long.MAX_VALUE : page.afterId())
                .setMaxResults(page.size() + 1).getResultList();
        return Page.of(rows, page, ReconciliationRun::getId);
    }

    public long countRuns() {
        return scoped(em.createQuery("select count(r) from ReconciliationRun r" + runFilter(), Long.class))
                .getSingleResult();
    }

    /** The drift of a run, of one account when {@code accountId} is not null, in the order it was found. */
    public List<Drift> listDrift(long runId, Long accountId, int first, int max) {
        get(runId);
        TypedQuery<Drift> query = em.createQuery("select d from Drift d where d.runId = :run"
                + (accountId == null ? "" : " and d.accountId = :account") + " order by d.id", Drift.class)
                .setParameter("run", runId);
        if (accountId != null) {
            query.setParameter("account", accountId);
        }
        return query.setFirstResult(first).setMaxResults(Math.min(max, 1000)).getResultList();
    }

    /** The drift of a run as {@link #listDrift}, a keyset page at a time (the cursor is the last drift shown). */
    public Page<Drift> drift(long runId, Long accountId, PageRequest page) {
        get(runId);
        TypedQuery<Drift> query = em.createQuery("select d from Drift d where d.runId = :run and d.id > :after"
                + (accountId == null ? "" : " and d.accountId = :account") + " order by d.id", Drift.class)
                .setParameter("run", runId).setParameter("after", page.afterId());
        if (accountId != null) {
            query.setParameter("account", accountId);
        }
        return Page.of(query.setMaxResults(page.size() + 1).getResultList(), page, Drift::getId);
    }

    public long countDrift(long runId, Long accountId) {
        get(runId);
        var query = em.createQuery("select count(d) from Drift d where d.runId = :run"
                + (accountId == null ? "" : " and d.accountId = :account"), Long.class).setParameter("run", runId);
        if (accountId != null) {
            query.setParameter("account", accountId);
        }
        return query.getSingleResult();
    }

    /** The drift of a run per account and kind, accounts in id order (an unknown account last). */
    public List<AccountDrift> driftByAccount(long runId) {
        get(runId);
        List<Object[]> rows = em.createQuery("select d.accountId, d.kind, count(d) from Drift d where d.runId = :run"
                        + " group by d.accountId, d.kind order by d.accountId", Object[].class)
                .setParameter("run", runId).setMaxResults(50_000).getResultList();
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], k -> new long[DriftKind.values().length])
                    [((DriftKind) row[1]).ordinal()] += (Long) row[2];
        }
        Map<Long, String> names = new LinkedHashMap<>();
        List<Long> ids = counts.keySet().stream().filter(id -> id != null).toList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("select id, name from account where id in (" + String.join(",",
                            ids.stream().map(String::valueOf).toList()) + ")").getResultList()
                    .forEach(row -> names.put(((Number) ((Object[]) row)[0]).longValue(), (String) ((Object[]) row)[1]));
        }
        List<AccountDrift> result = new ArrayList<>();
        counts.forEach((account, c) -> result.add(new AccountDrift(account, account == null ? null : names.get(account),
                c[DriftKind.ORPHAN.ordinal()], c[DriftKind.MISSING.ordinal()], c[DriftKind.WRONG_STATION.ordinal()],
                c[DriftKind.STUCK.ordinal()], c[DriftKind.SETTINGS.ordinal()])));
        return result;
    }

    private long launch(Scope scope, RunMode mode, Long repairOf) {
        if (mode == null) {
            throw new InvalidInputException("mode", "Say REPORT or REPAIR.");
        }
        long runId = ledger.create(scope, mode, caller.name(), repairOf);
        submit(runId);
        return runId;
    }

    private void submit(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", String.valueOf(runId));
        parameters.setProperty("chunkItems", String.valueOf(Math.max(1, Math.min(chunkItems, 5_000))));
        try {
            BatchRuntime.getJobOperator().start(JOB, parameters);
        } catch (RuntimeException e) {
            ledger.notStarted(runId, "The job did not start: " + e.getMessage());
            throw e;
        }
    }

    private Scope scope(Scope.Kind kind, Long accountId) {
        if (kind == null) {
            throw new InvalidInputException("scope", "Say ACCOUNT, CARRIER or EVERYTHING.");
        }
        if (kind == Scope.Kind.ACCOUNT) {
            if (accountId == null) {
                throw new InvalidInputException("accountId", "An account's run names the account.");
            }
            tenancy.requireAccount(accountId);
            return Scope.account(tenancy.carrierId(), accountId);
        }
        if (accountId != null) {
            // a run over more than the account asked for would surprise whoever named it
            throw new InvalidInputException("accountId", "Only a run with scope ACCOUNT names an account.");
        }
        if (kind == Scope.Kind.EVERYTHING && isSystem()) {
            return Scope.everything();
        }
        // a carrier's everything is its own accounts
        return Scope.carrier(tenancy.carrierId());
    }

    private boolean visible(ReconciliationRun run) {
        return isSystem() || (run.getCarrierId() != null && run.getCarrierId() == tenancy.carrierId());
    }

    private String runFilter() {
        return isSystem() ? "" : " where r.carrierId = :carrier";
    }

    private <T> TypedQuery<T> scoped(TypedQuery<T> query) {
        return isSystem() ? query : query.setParameter("carrier", tenancy.carrierId());
    }

    private boolean isSystem() {
        return session.isCallerInRole(Role.SYSTEM);
    }
}
