package org.onenumber.audit.entity;

import org.onenumber.platform.control.KeysetCursor;

/**
 * A place in the change feed: after the row {@code id} of batch {@code batch}. The feed's order is (batch, id): a
 * batch holds the rows that had committed when it was numbered, so a row committing later lands in a later batch,
 * never behind a position a reader already holds. {@link #START} stands before every row.
 */
public record FeedPosition(long batch, long id) implements Comparable<FeedPosition> {

    public static final FeedPosition START = new FeedPosition(0, 0);

    /** After every row of batches up to {@code batch}: where a reader stands once it has read all of them. */
    public static FeedPosition endOf(long batch) {
        return new FeedPosition(batch, Long.MAX_VALUE);
    }

    @Override
    public int compareTo(FeedPosition other) {
        int byBatch = Long.compare(batch, other.batch);
        return byBatch != 0 ? byBatch : Long.compare(id, other.id);
    }

    public boolean isBefore(FeedPosition other) {
        return compareTo(other) < 0;
    }

    /** The opaque cursor of this position, for the feed query with this fingerprint only. */
    public String encode(String queryFingerprint) {
        return new KeysetCursor(Long.toString(batch), id).encode(queryFingerprint);
    }

    /**
     * The position a cursor stands for; {@link #START} for none. INVALID_FIELD on "cursor" for a cursor of another
     * list, carrier or account, or one this service did not return.
     */
    public static FeedPosition decode(String cursor, String queryFingerprint) {
        KeysetCursor keyset = KeysetCursor.decode(cursor, queryFingerprint);
        if (keyset == null) {
            return START;
        }
        try {
            long batch = Long.parseLong(String.valueOf(keyset.sortKey()));
            if (batch < 0 || keyset.id() < 0) {
                throw KeysetCursor.notOurs();
            }
            return new FeedPosition(batch, keyset.id());
        } catch (NumberFormatException e) {
            throw KeysetCursor.notOurs();
        }
    }
}
