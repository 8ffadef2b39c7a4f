package org.onenumber.billing.control;

/**
 * The statements of a scheduled billing run's claim ({@code billing_schedule_claim}, one row per job and period): the
 * instance that claimed it renews its lease while it works and says when it completed; a claim whose lease lapsed
 * before it completed is taken over by one other instance. Each is a single statement, so two instances taking over at
 * the same moment are ordered by the row's lock and the second finds the lease current.
 */
public final class ClaimLease {

    /** Takes over a claim whose run stopped midway. Parameters: instance, lease until, key, now. */
    public static final String TAKE_OVER = "update billing_schedule_claim set claimed_by = ?, lease_until = ?"
            + " where claim_key = ? and completed_at is null and lease_until < ?";

    /** The run is still working. Parameters: lease until, key. */
    public static final String RENEW = "update billing_schedule_claim set lease_until = ? where claim_key = ?"
            + " and completed_at is null";

    /** The run went through every account. Parameters: now, key. */
    public static final String COMPLETE = "update billing_schedule_claim set completed_at = ?, lease_until = null"
            + " where claim_key = ? and completed_at is null";

    /**
     * The claims whose run stopped midway, newest first (one per instance that died in a run, so few). Parameters:
     * now.
     */
    public static final String STALLED = "select claim_key from billing_schedule_claim where completed_at is null"
            + " and lease_until < ? order by claimed_at desc";

    private ClaimLease() {
    }
}
