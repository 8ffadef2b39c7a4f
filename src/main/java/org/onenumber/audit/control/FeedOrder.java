package org.onenumber.audit.control;

import java.util.List;
import org.onenumber.audit.entity.FeedPosition;

/**
 * The change feed's ordering rule, in SQL the same on H2 and PostgreSQL.
 *
 * <p>An id from a sequence or identity column is taken when a row is inserted, not when its transaction commits: a
 * reader that paged by id alone could pass id 11 while the transaction holding id 10 is still open, and never see
 * 10. So ids do not order the feed. A row is written without a place ({@code feed_batch} null); a reader first
 * numbers the rows that have committed by then with the next batch number ({@link #NEXT_BATCH}, {@link #NUMBER}),
 * holding the one row of {@code change_feed_state} so that numberings take turns, and then reads in (batch, id) order
 * up to that batch. A row still uncommitted is invisible to the numbering and gets a later batch when it commits,
 * which is after every position a reader could have reached: nothing is skipped, nothing repeats, with no waiting
 * for gaps to age. Rolled-back rows leave gaps in the ids that mean nothing.
 */
public final class FeedOrder {

    /** Takes the next batch number, locking the state row until the numbering commits. */
    public static final String NEXT_BATCH = "update change_feed_state set last_batch = last_batch + 1 where id = 1";
    public static final String LAST_BATCH = "select last_batch from change_feed_state where id = 1";
    /** Places every committed, unplaced row into the batch (parameter 1). */
    public static final String NUMBER = "update change_entry set feed_batch = ? where feed_batch is null";
    /** The feed's record of an account's deletion: parameters carrier, account. */
    public static final String ACCOUNT_DELETED = "select id from change_entry where carrier_id = ? and account_id = ?"
            + " and entity_kind = 'ACCOUNT' and change_kind = 'DELETED'";
    public static final String PURGED = "select purged_batch, purged_id from change_feed_state where id = 1";
    /** The columns a change is written with, in the order of {@link #INSERT}'s parameters. */
    public static final List<String> COLUMNS = List.of("carrier_id", "account_id", "entity_kind", "entity_id",
            "entity_key", "entity_version", "change_kind", "changed_at");
    public static final String INSERT = "insert into change_entry (" + String.join(", ", COLUMNS) + ") values ("
            + String.join(", ", COLUMNS.stream().map(column -> "?").toList()) + ")";

    /** The purge: the oldest batch holding a change at or after the cutoff (parameter 1); older batches may go. */
    public static final String YOUNGEST_BATCH = "select min(feed_batch) from change_entry where changed_at >= ?";
    public static final String LAST_ID_OF_BATCH = "select max(id) from change_entry where feed_batch = ?";
    /** The last batch that holds a change at or before the given one: where the purge's last removed change is. */
    public static final String LAST_BATCH_THROUGH = "select max(feed_batch) from change_entry where feed_batch <= ?";
    public static final String DELETE_THROUGH = "delete from change_entry where feed_batch <= ?";
    /** Remembers the last position removed (batch, id), never moving it back. */
    public static final String MARK_PURGED = "update change_feed_state set purged_batch = ?, purged_id = ? where id = 1"
            + " and (purged_batch < ? or (purged_batch = ? and purged_id < ?))";

    private FeedOrder() {
    }

    /**
     * The carrier's rows after a position, up to the batch just numbered, in the feed's order. Parameters: carrier,
     * account (only when {@code byAccount}), last batch, position's batch (twice), position's id.
     */
    public static String page(boolean byAccount) {
        return "select * from change_entry where carrier_id = ?" + (byAccount ? " and account_id = ?" : "")
                + " and feed_batch <= ? and (feed_batch > ? or (feed_batch = ? and id > ?)) order by feed_batch, id";
    }

    /**
     * Where the reader stands after this page: after its last row when more rows follow, else after the whole of
     * {@code lastBatch} (the batch just numbered), so that a reader with nothing new still moves on and its cursor
     * stays young.
     */
    public static FeedPosition next(FeedPosition after, List<FeedPosition> page, boolean more, long lastBatch) {
        if (more) {
            return page.get(page.size() - 1);
        }
        FeedPosition end = FeedPosition.endOf(lastBatch);
        return after.isBefore(end) ? end : after;
    }

    /** A cursor given before where the purge has removed rows may have missed some: the client must sync afresh. */
    public static boolean expired(FeedPosition after, boolean cursorGiven, FeedPosition purgedThrough) {
        return cursorGiven && after.isBefore(purgedThrough);
    }
}
