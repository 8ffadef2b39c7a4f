package org.onenumber.reconcile.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.reconcile.control.Finding;
import org.onenumber.reconcile.control.Repairs;
import org.onenumber.reconcile.entity.Drift;
import org.onenumber.reconcile.entity.ReconciliationRun;
import org.onenumber.reconcile.entity.RunMode;
import org.onenumber.reconcile.entity.RunStatus;
import org.onenumber.reconcile.entity.Scope;

/**
 * The runs' book: creating a run under the cluster-wide lock, and, for the job (as the system caller), each chunk's
 * drift rows, counts and position (then, in REPAIR mode, its repairs and their marks) in the chunk's own transaction,
 * so that they commit together or not at all. The lock is a row in the database with a lease the running job renews: one run at a time across every
 * instance that shares the database, and a run whose instance died gives it up when the lease lapses.
 */
@Stateless
@RolesAllowed({"SYSTEM", "SUPPORT", "CARRIER_API"})
public class RunLedger {

    /**
     * How long a run's lock outlives its last chunk: the longest a chunk may take, and how soon after an instance died
     * its run is resumed elsewhere (or after a restart).
     */
    @Inject
    @ConfigProperty(name = "onenumber.reconcile.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    @PersistenceContext
    EntityManager em;

    @Inject
    Repairs repairs;

    /** A new run holding the lock, committed at once so that its job finds it; refused while another run holds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long create(Scope scope, RunMode mode, String startedBy, Long repairOf) {
        ReconciliationRun run = new ReconciliationRun(scope, mode, startedBy, repairOf);
        em.persist(run);
        em.flush();
        if (!lock(run.getId(), false)) {
            throw new ConflictException(CommonError.IN_USE, null,
                    "Another reconciliation is running; one runs at a time. Try again when it has finished.");
        }
        return run.getId();
    }

    /** Takes the lock again for a run being restarted (its own lease, or a lapsed one). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void relock(long runId) {
        if (!lock(runId, true)) {
            throw new ConflictException(CommonError.IN_USE, null,
                    "Another reconciliation is running; one runs at a time. Try again when it has finished.");
        }
        run(runId).requeued();
    }

    /** True when this instance claims the nightly run of {@code day} (the first instance to ask, cluster-wide). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimNight(LocalDate day) {
        return em.createNativeQuery("update reconciliation_lock set last_nightly = ? where name = 'reconcile'"
                        + " and (last_nightly is null or last_nightly < ?)")
                .setParameter(1, day).setParameter(2, day).executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void executing(long runId, long executionId, long itemsTotal) {
        run(runId).started(executionId, itemsTotal);
        renew(runId);
    }

    public ReconciliationRun run(long runId) {
        ReconciliationRun run = em.find(ReconciliationRun.class, runId);
        if (run == null) {
            throw new NotFoundException("Reconciliation run", runId);
        }
        return run;
    }

    /**
     * One chunk of the comparison: its findings and how far it got, in the chunk's transaction. Nothing is repaired
     * here, also in REPAIR mode: a repair queued while the run still compares would hide the drift of what it brings
     * along (a lost subscriber's client), and what a run finds would depend on where its chunks end.
     */
    @RolesAllowed("SYSTEM")
    public void record(long runId, List<Compared> chunk) {
        ReconciliationRun run = run(runId);
        for (Compared compared : chunk) {
            for (var f : compared.findings()) {
                run.found(f.kind());
                em.persist(new Drift(runId, f.carrierId(), f.accountId(), f.kind(), f.item(), f.key(), f.switchOwner(),
                        f.desiredOwner(), f.switchVersion(), f.desiredVersion(), f.detail()));
            }
        }
        if (!chunk.isEmpty()) {
            Compared last = chunk.get(chunk.size() - 1);
            run.advance(chunk.size(), last.item(), last.key(), last.cursor());
        }
        renew(runId);
    }

    /** Up to {@code max} ids of the run's drift not repaired yet, after {@code afterId}, in the order found. */
    @RolesAllowed("SYSTEM")
    public List<Long> unrepaired(long runId, long afterId, int max) {
        return em.createQuery("select d.id from Drift d where d.runId = :run and d.repaired = false and d.id > :after"
                        + " order by d.id", Long.class)
                .setParameter("run", runId).setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /**
     * One chunk of a REPAIR run's second step: each drift not repaired yet is repaired through the switch projection
     * and marked so, in the chunk's transaction; a restarted run finds the committed ones marked and repairs each drift
     * once. What the protocol cannot repair (an account's settings the database does not have) stays unmarked.
     */
    @RolesAllowed("SYSTEM")
    public void repair(long runId, List<Long> driftIds) {
        ReconciliationRun run = run(runId);
        List<Drift> chunk = driftIds.isEmpty() ? List.of() : em.createQuery("select d from Drift d where d.runId = :run"
                        + " and d.repaired = false and d.id in :ids order by d.id", Drift.class)
                .setParameter("run", runId).setParameter("ids", driftIds).getResultList();
        for (Drift d : chunk) {
            if (repairs.repair(runId, new Finding(d.getKind(), d.getItem(), d.getItemKey(), d.getCarrierId(),
                    d.getAccountId(), d.getSwitchOwner(), d.getDesiredOwner(), d.getSwitchVersion(), d.getDesiredVersion(),
                    d.getDetail()))) {
                d.repaired();
                run.repaired();
            }
        }
        renew(runId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void completed(long runId) {
        run(runId).completed();
        unlock(runId);
    }

    /** The job ended without completing: the run keeps its position for a restart. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long runId, String reason) {
        ReconciliationRun run = run(runId);
        if (run.getStatus() != RunStatus.COMPLETED) {
            run.failed(reason);
        }
        unlock(runId);
    }

    /** True while a run's lease is current: it is being worked on somewhere in the cluster. */
    public boolean isLocked(long runId) {
        return !em.createNativeQuery("select 1 from reconciliation_lock where name = 'reconcile' and run_id = ?"
                        + " and lease_until >= ?")
                .setParameter(1, runId).setParameter(2, now()).getResultList().isEmpty();
    }

    private boolean lock(long runId, boolean again) {
        LocalDateTime now = now();
        return em.createNativeQuery("update reconciliation_lock set run_id = ?, lease_until = ? where name = 'reconcile'"
                        + " and (run_id is null or lease_until < ? or run_id = ?)")
                .setParameter(1, runId).setParameter(2, now.plus(lease())).setParameter(3, now)
                .setParameter(4, again ? runId : -1L)
                .executeUpdate() == 1;
    }

    private void renew(long runId) {
        em.createNativeQuery("update reconciliation_lock set lease_until = ? where run_id = ?")
                .setParameter(1, now().plus(lease())).setParameter(2, runId).executeUpdate();
    }

    private void unlock(long runId) {
        em.createNativeQuery("update reconciliation_lock set run_id = null, lease_until = null where run_id = ?")
                .setParameter(1, runId).executeUpdate();
    }

    private Duration lease() {
        return Duration.ofSeconds(Math.max(5, leaseSeconds));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
