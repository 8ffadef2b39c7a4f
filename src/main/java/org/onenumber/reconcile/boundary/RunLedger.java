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
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.NotFoundException;
import org.onenumber.reconcile.control.Repairs;
import org.onenumber.reconcile.entity.Drift;
import org.onenumber.reconcile.entity.ReconciliationRun;
import org.onenumber.reconcile.entity.RunMode;
import org.onenumber.reconcile.entity.RunStatus;
import org.onenumber.reconcile.entity.Scope;

/**
 * The runs' book: creating a run under the cluster-wide lock, and, for the job (as the system caller), each chunk's
 * drift rows, repairs, counts and position in the chunk's own transaction, so that they commit together or not at
 * all. The lock is a row in the database with a lease the running job renews: one run at a time across every
 * instance that shares the database, and a run whose instance died gives it up when the lease lapses.
 */
@Stateless
@RolesAllowed({"SYSTEM", "SUPPORT", "CARRIER_API"})
public class RunLedger {

    static final Duration LEASE = Duration.ofMinutes(2);

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

    /** One chunk: its findings (repaired in REPAIR mode) and how far it got, in the chunk's transaction. */
    @RolesAllowed("SYSTEM")
    public void record(long runId, List<Compared> chunk) {
        ReconciliationRun run = run(runId);
        for (Compared compared : chunk) {
            for (var f : compared.findings()) {
                Drift drift = new Drift(runId, f.carrierId(), f.accountId(), f.kind(), f.item(), f.key(), f.switchOwner(),
                        f.desiredOwner(), f.switchVersion(), f.desiredVersion(), f.detail());
                run.found(f.kind());
                if (run.getMode() == RunMode.REPAIR && repairs.repair(runId, f)) {
                    drift.repaired();
                    run.repaired();
                }
                em.persist(drift);
            }
        }
        if (!chunk.isEmpty()) {
            Compared last = chunk.get(chunk.size() - 1);
            run.advance(chunk.size(), last.item(), last.key(), last.cursor());
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
                .setParameter(1, runId).setParameter(2, now.plus(LEASE)).setParameter(3, now)
                .setParameter(4, again ? runId : -1L)
                .executeUpdate() == 1;
    }

    private void renew(long runId) {
        em.createNativeQuery("update reconciliation_lock set lease_until = ? where run_id = ?")
                .setParameter(1, now().plus(LEASE)).setParameter(2, runId).executeUpdate();
    }

    private void unlock(long runId) {
        em.createNativeQuery("update reconciliation_lock set run_id = null, lease_until = null where run_id = ?")
                .setParameter(1, runId).executeUpdate();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
