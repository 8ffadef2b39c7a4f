package org.onenumber.reconcile.control;

/**
 * The statements of the cluster-wide reconciliation lock (the one row of {@code reconciliation_lock}): one run at a
 * time, held by a lease, and within the run one job execution at a time, the one that claimed it. Each is a single
 * update whose count says whether it held: two instances taking or claiming at the same moment are ordered by the
 * row's lock, and the second finds the condition false once the first committed.
 */
public final class RunLease {

    /**
     * Takes the lock for a run being created or restarted, when it is free or its holder's lease lapsed (never over a
     * current lease, the run's own included: a second restart of a run meets the first one's lease). No execution holds
     * it until one claims it. Parameters: run, lease until, now.
     */
    public static final String TAKE = "update reconciliation_lock set run_id = ?, execution_id = null, lease_until = ?"
            + " where name = 'reconcile' and (run_id is null or lease_until < ?)";

    /**
     * The first job execution of the run to start claims it; another execution of the same run (one submitted by a
     * restart while the first still waited to start) finds it claimed. Parameters: execution, lease until, run.
     */
    public static final String CLAIM = "update reconciliation_lock set execution_id = ?, lease_until = ?"
            + " where name = 'reconcile' and run_id = ? and execution_id is null";

    /** The holding execution renews its lease. Parameters: lease until, run, execution. */
    public static final String RENEW = "update reconciliation_lock set lease_until = ?"
            + " where name = 'reconcile' and run_id = ? and execution_id = ?";

    /**
     * The holding execution gives the lock up (its run completed or failed). An execution that never claimed it gives
     * nothing up: the lock may be waiting for another execution of the run, and a run whose execution failed before
     * claiming is resumed once the lease lapses. Parameters: run, execution.
     */
    public static final String RELEASE = "update reconciliation_lock set run_id = null, execution_id = null,"
            + " lease_until = null where name = 'reconcile' and run_id = ? and execution_id = ?";

    /**
     * The lock taken for a run whose job then failed to start is given back, while no execution claimed it.
     * Parameters: run.
     */
    public static final String GIVE_BACK = "update reconciliation_lock set run_id = null, lease_until = null"
            + " where name = 'reconcile' and run_id = ? and execution_id is null";

    /** One row while the run's lease is current. Parameters: run, now. */
    public static final String CURRENT = "select 1 from reconciliation_lock where name = 'reconcile' and run_id = ?"
            + " and lease_until >= ?";

    private RunLease() {
    }
}
