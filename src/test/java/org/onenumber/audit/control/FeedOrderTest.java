package org.onenumber.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onenumber.audit.entity.FeedPosition;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.testsupport.MigratedH2;

/**
 * The change feed's ordering rule on the real schema (embedded H2, the migrations the application runs), with the
 * application's SQL: a change whose transaction commits after a later-numbered one has, is still read once, after
 * it, and nothing a reader passed is read again.
 */
class FeedOrderTest {

    private static final long CARRIER = 7;

    @RegisterExtension
    final MigratedH2 db = new MigratedH2("feed");

    private Connection transaction() throws SQLException {
        return db.connection(false);
    }

    private static long change(Connection tx, long entityId) throws SQLException {
        return change(tx, entityId, LocalDateTime.now());
    }

    private static long change(Connection tx, long entityId, LocalDateTime at) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement(FeedOrder.INSERT, new String[] {"ID"})) {
            insert.setLong(1, CARRIER);
            insert.setLong(2, 100);
            insert.setString(3, "USER");
            insert.setLong(4, entityId);
            insert.setString(5, null);
            insert.setLong(6, 1);
            insert.setString(7, "CREATED");
            insert.setTimestamp(8, Timestamp.valueOf(at));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The sequencing step as {@code FeedSequencer} runs it, in a transaction of its own. */
    private long number() throws SQLException {
        Connection tx = transaction();
        try (PreparedStatement next = tx.prepareStatement(FeedOrder.NEXT_BATCH);
             PreparedStatement last = tx.prepareStatement(FeedOrder.LAST_BATCH);
             PreparedStatement number = tx.prepareStatement(FeedOrder.NUMBER)) {
            next.executeUpdate();
            long batch;
            try (ResultSet rows = last.executeQuery()) {
                rows.next();
                batch = rows.getLong(1);
            }
            number.setLong(1, batch);
            number.executeUpdate();
            tx.commit();
            return batch;
        }
    }

    private record Page(List<Long> entityIds, FeedPosition next) {
    }

    /** One read as {@code ChangeFeed} does it: number, then the page after the position up to that batch. */
    private Page read(FeedPosition after, int size) throws SQLException {
        long lastBatch = number();
        Connection tx = transaction();
        List<Long> ids = new ArrayList<>();
        List<FeedPosition> positions = new ArrayList<>();
        try (PreparedStatement page = tx.prepareStatement(FeedOrder.page(false))) {
            page.setLong(1, CARRIER);
            page.setLong(2, lastBatch);
            page.setLong(3, after.batch());
            page.setLong(4, after.batch());
            page.setLong(5, after.id());
            page.setMaxRows(size + 1);
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong("entity_id"));
                    positions.add(new FeedPosition(rows.getLong("feed_batch"), rows.getLong("id")));
                }
            }
        }
        tx.commit();
        boolean more = ids.size() > size;
        if (more) {
            ids = ids.subList(0, size);
            positions = positions.subList(0, size);
        }
        return new Page(ids, FeedOrder.next(after, positions, more, lastBatch));
    }

    @Test
    void aChangeCommittingAfterAYoungerOneIsReadOnceAfterIt() throws SQLException {
        Connection slow = transaction();
        long slowId = change(slow, 1); // its id is taken now, its commit comes last
        Connection quick = transaction();
        long quickId = change(quick, 2);
        quick.commit();
        assertTrue(slowId < quickId, "the case that paging by id gets wrong: the lower id commits later");

        Page first = read(FeedPosition.START, 50);
        assertEquals(List.of(2L), first.entityIds(), "the uncommitted change is not there yet, and holds nothing up");

        slow.commit();
        Page second = read(first.next(), 50);
        assertEquals(List.of(1L), second.entityIds(), "read after the reader's position although its id is lower");
        assertEquals(List.of(), read(second.next(), 50).entityIds(), "nothing twice");
    }

    @Test
    void aRolledBackChangeLeavesAGapThatHoldsNothingUp() throws SQLException {
        Connection quick = transaction();
        change(quick, 1);
        quick.commit();
        Connection failed = transaction();
        change(failed, 2);
        failed.rollback();
        Connection later = transaction();
        change(later, 3);
        later.commit();
        assertEquals(List.of(1L, 3L), read(FeedPosition.START, 50).entityIds());
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrRepeatAndTheCursorMovesOnWhenNothingIsNew() throws SQLException {
        Connection tx = transaction();
        for (long id = 1; id <= 5; id++) {
            change(tx, id);
        }
        tx.commit();
        Page first = read(FeedPosition.START, 2);
        Page second = read(first.next(), 2);
        Page third = read(second.next(), 2);
        assertEquals(List.of(1L, 2L), first.entityIds());
        assertEquals(List.of(3L, 4L), second.entityIds());
        assertEquals(List.of(5L), third.entityIds());
        Page idle = read(third.next(), 2);
        assertEquals(List.of(), idle.entityIds());
        assertTrue(third.next().isBefore(idle.next()), "an idle reader's cursor moves on with the feed");
    }

    @Test
    void aCursorIsBoundToItsCarrierAndAccountAndOnlyOneBeforeThePurgeExpires() {
        String mine = org.onenumber.platform.control.KeysetCursor.fingerprint("ListChanges", 7L, null);
        String other = org.onenumber.platform.control.KeysetCursor.fingerprint("ListChanges", 8L, null);
        String cursor = new FeedPosition(3, 41).encode(mine);
        assertEquals(new FeedPosition(3, 41), FeedPosition.decode(cursor, mine));
        assertEquals(FeedPosition.START, FeedPosition.decode(null, mine));
        assertThrows(InvalidInputException.class, () -> FeedPosition.decode(cursor, other));
        assertThrows(InvalidInputException.class, () -> FeedPosition.decode("bm90IGEgY3Vyc29y", mine));

        FeedPosition purged = new FeedPosition(3, 40);
        assertTrue(FeedOrder.expired(new FeedPosition(3, 39), true, purged));
        assertFalse(FeedOrder.expired(new FeedPosition(3, 40), true, purged));
        assertFalse(FeedOrder.expired(FeedPosition.START, false, purged), "no cursor: from the oldest change kept");
    }

    /** The purge as {@code ChangePurge} runs it, after numbering. */
    private void purgeBefore(LocalDateTime cutoff) throws SQLException {
        long last = number();
        Connection tx = transaction();
        Long youngest = single(tx, FeedOrder.YOUNGEST_BATCH, Timestamp.valueOf(cutoff));
        long through = youngest == null ? last : youngest - 1;
        Long removedBatch = single(tx, FeedOrder.LAST_BATCH_THROUGH, through);
        if (removedBatch != null) {
            long removedId = single(tx, FeedOrder.LAST_ID_OF_BATCH, removedBatch);
            try (PreparedStatement delete = tx.prepareStatement(FeedOrder.DELETE_THROUGH);
                 PreparedStatement mark = tx.prepareStatement(FeedOrder.MARK_PURGED)) {
                delete.setLong(1, through);
                delete.executeUpdate();
                mark.setLong(1, removedBatch);
                mark.setLong(2, removedId);
                mark.setLong(3, removedBatch);
                mark.setLong(4, removedBatch);
                mark.setLong(5, removedId);
                mark.executeUpdate();
            }
        }
        tx.commit();
    }

    private static Long single(Connection tx, String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = tx.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long value = rows.getLong(1);
                return rows.wasNull() ? null : value;
            }
        }
    }

    private FeedPosition purgedThrough() throws SQLException {
        try (PreparedStatement query = transaction().prepareStatement(FeedOrder.PURGED);
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return new FeedPosition(rows.getLong(1), rows.getLong(2));
        }
    }

    @Test
    void thePurgeRemovesWholeOldBatchesAndACursorBeforeThemExpires() throws SQLException {
        LocalDateTime now = LocalDateTime.now();
        Connection tx = transaction();
        change(tx, 1, now.minusDays(9));
        change(tx, 2, now.minusDays(8));
        tx.commit();
        Page old = read(FeedPosition.START, 1); // a reader that stopped after the first change, 9 days ago
        Connection young = transaction();
        change(young, 3, now.minusDays(1));
        young.commit();
        Page caughtUp = read(old.next(), 50);
        assertEquals(List.of(2L, 3L), caughtUp.entityIds());

        purgeBefore(now.minusDays(7));
        assertEquals(List.of(3L), read(FeedPosition.START, 50).entityIds(), "the young change is kept");
        FeedPosition purged = purgedThrough();
        assertTrue(FeedOrder.expired(old.next(), true, purged), "change 2 was removed after this cursor");
        assertFalse(FeedOrder.expired(caughtUp.next(), true, purged), "a reader that kept up loses nothing");
    }

    @Test
    void whenEveryChangeAgesOutAReaderThatKeptUpDoesNotExpire() throws SQLException {
        LocalDateTime now = LocalDateTime.now();
        Connection tx = transaction();
        change(tx, 1, now.minusDays(9));
        change(tx, 2, now.minusDays(8));
        tx.commit();
        Page stopped = read(FeedPosition.START, 1);
        Page keptUp = read(read(FeedPosition.START, 50).next(), 50); // read everything, then asked once more
        purgeBefore(now.minusDays(7));
        assertEquals(List.of(), read(FeedPosition.START, 50).entityIds(), "every change aged out");
        FeedPosition purged = purgedThrough();
        assertFalse(FeedOrder.expired(keptUp.next(), true, purged), "a quiet week costs a reader that kept up nothing");
        assertTrue(FeedOrder.expired(stopped.next(), true, purged), "change 2 was removed after this cursor");
    }
}
