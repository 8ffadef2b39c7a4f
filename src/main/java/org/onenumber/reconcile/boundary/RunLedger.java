package org.onenumber.reconcile.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
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
import org.onenumber.reconcile.control.RunLease;
import org.onenumber.reconcile.entity.Drift;
import org.onenumber.reconcile.entity.ReconciliationRun;
import org.onenumber.reconcile.entity.RunMode;
import org.onenumber.reconcile.entity.RunStatus;
import org.onenumber.reconcile.entity.Scope;

/**
 * The runs' book: creating a run under the cluster-wide lock, and, for the job (as the system caller), each chunk's
 * drift rows, counts and position (then, in REPAIR mode, its repairs and their marks) in the chunk's own transaction,
 * so that they commit together or not at all. The lock is a row in the database with a lease the running job renews: one run at a time across every
 * instance that shares the database, and a run whose instance died gives it up when the lease lapses. Within a run, one
 * job execution at a time: the one that claimed the lock ({@link RunLease}). An execution whose lease lapsed and was
 * taken by a restart records nothing more: its chunk rolls back and it stops ({@link TakenOver}), and the new execution
 * goes on from the last committed position.
 */
@Stateless
@RolesAllowed({"SYSTEM", "SUPPORT", "CARRIER_API"})
public class RunLedger {

    /** The execution no longer holds the run: nothing of its transaction is kept, and it stops. */
    @ApplicationException(rollback = true)
    public static class TakenOver extends RuntimeException {

        TakenOver(long runId, long execution) {
            super("Reconciliation run " + runId + " is not worked on by job execution " + execution
                    + ": its lease lapsed and a restart gave the run to another execution");
        }
    }

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
        if (!take(run.getId())) {
            throw new ConflictException(CommonError.IN_USE, null,
                    "Another reconciliation is running; one runs at a time. Try again when it has finished.");
        }
        return run.getId();
    }

    /**
     * Takes the lock again for a run being restarted: free (the run failed) or its lease lapsed (its instance died).
     * Refused over a current lease, the run's own too, so that two restarts at the same moment start one execution.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void relock(long runId) {
        if (!take(runId)) {
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

    /**
     * The job execution that starts first after the run was created or restarted claims it, committed at once;
     * {@link TakenOver} for another one (submitted by a restart while the first waited to start), which then stops.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void claim(long runId, long executionId) {
        if (em.createNativeQuery(RunLease.CLAIM).setParameter(1, executionId).setParameter(2, now().plus(lease()))
                .setParameter(3, runId).executeUpdate() != 1) {
            throw new TakenOver(runId, executionId);
        }
    }

    /** The claiming execution starts its comparison over {@code itemsTotal} items. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void executing(long runId, long executionId, long itemsTotal) {
        renew(runId, executionId);
        run(runId).started(executionId, itemsTotal);
    }

    /**
     * Renews the execution's lease while it reads, committed at once: a chunk that spends long on the switch's pages
     * keeps the run as long as it makes progress. {@link TakenOver} when the lease was taken meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void stillWorking(long runId, long executionId) {
        renew(runId, executionId);
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
    public void record(long runId, long executionId, List<Compared> chunk) {
        renew(runId, executionId); // first: the lock's row stays locked to the commit, so no restart comes between
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
    public void repair(long runId, long executionId, List<Long> driftIds) {
        renew(runId, executionId);
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
    }

    /** The run compared (and repaired) everything; {@link TakenOver} for an execution that no longer holds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void completed(long runId, long executionId) {
        if (!release(runId, executionId)) {
            throw new TakenOver(runId, executionId);
        }
        run(runId).completed();
    }

    /**
     * The job ended without completing: the run keeps its position for a restart. Said only by the execution that
     * holds the run; one that lost it (or never claimed it) leaves the run to the execution that has it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long runId, long executionId, String reason) {
        if (!release(runId, executionId)) {
            return;
        }
        ReconciliationRun run = run(runId);
        if (run.getStatus() != RunStatus.COMPLETED) {
            run.failed(reason);
        }
    }

    /** The job of a run just created or restarted did not start: the run is failed and the lock given back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void notStarted(long runId, String reason) {
        em.createNativeQuery(RunLease.GIVE_BACK).setParameter(1, runId).executeUpdate();
        run(runId).failed(reason);
    }

    /** True while a run's lease is current: it is being worked on somewhere in the cluster. */
    public boolean isLocked(long runId) {
        return !em.createNativeQuery(RunLease.CURRENT).setParameter(1, runId).setParameter(2, now())
                .getResultList().isEmpty();
    }

    private boolean take(long runId) {
        LocalDateTime now = now();
        return em.createNativeQuery(RunLease.TAKE).setParameter(1, runId).setParameter(2, now.plus(lease()))
                .setParameter(3, now).executeUpdate() == 1;
    }

    private void renew(long runId, long executionId) {
        if (em.createNativeQuery(RunLease.RENEW).setParameter(1, now().plus(lease())).setParameter(2, runId)
                .setParameter(3, executionId).executeUpdate() != 1) {
            throw new TakenOver(runId, executionId);
        }
    }

    private boolean release(long runId, long executionId) {
        return em.createNativeQuery(RunLease.RELEASE).setParameter(1, runId).setParameter(2, executionId)
                .executeUpdate() == 1;
    }

    private Duration lease() {
        return Duration.ofSeconds(Math.max(5, leaseSeconds));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
