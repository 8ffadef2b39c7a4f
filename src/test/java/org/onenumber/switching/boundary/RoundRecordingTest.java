package org.onenumber.switching.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.LockTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.onenumber.switching.entity.SwitchCommand;

/**
 * A round whose outcomes cannot be recorded must not leave its commands claimed until their lease runs out (a minute
 * in which no newer state of their targets reaches the switch either).
 */
class RoundRecordingTest {

    private static final List<OutboxStore.Outcome> OUTCOMES = List.of(new OutboxStore.Outcome.Applied(11),
            new OutboxStore.Outcome.Refused(12, "500 busy", true), new OutboxStore.Outcome.Unreachable(13, "closed"));

    /** An outbox whose recording fails so many times first; it remembers what was recorded and released. */
    static class FailingStore extends OutboxStore {
        int failuresLeft;
        int recordings;
        final List<List<Long>> released = new ArrayList<>();
        final List<SwitchCommand> failedForGood = new ArrayList<>();

        FailingStore(int failures) {
            failuresLeft = failures;
        }

        @Override
        public List<SwitchCommand> record(String round, List<Outcome> outcomes) {
            recordings++;
            if (failuresLeft-- > 0) {
                throw new LockTimeoutException("Timeout trying to lock table SWITCH_COMMAND");
            }
            return failedForGood;
        }

        @Override
        public void release(String round, List<Long> ids) {
            released.add(ids);
        }
    }

    private static SwitchDispatcher dispatcherOn(OutboxStore store) {
        SwitchDispatcher dispatcher = new SwitchDispatcher();
        dispatcher.store = store;
        return dispatcher;
    }

    @Test
    void aRecordingThatFailsOnceIsTriedAgainAndTheClaimsAreReleasedByIt() {
        FailingStore store = new FailingStore(1);
        assertSame(store.failedForGood, dispatcherOn(store).recordOutcomes("r#1", OUTCOMES));
        assertEquals(2, store.recordings);
        assertTrue(store.released.isEmpty(), "the recording itself released the claims");
    }

    @Test
    void aRecordingThatKeepsFailingReleasesTheRoundsClaimsSoTheCommandsGoAgainInTheNextRound() {
        FailingStore store = new FailingStore(Integer.MAX_VALUE);
        assertThrows(LockTimeoutException.class, () -> dispatcherOn(store).recordOutcomes("r#2", OUTCOMES));
        assertEquals(3, store.recordings, "tried three times");
        assertEquals(List.of(List.of(11L, 12L, 13L)), store.released);
    }

    @Test
    void aReleaseThatFailsTooLeavesTheLeaseAsTheLastResortAndSaysSo() {
        FailingStore store = new FailingStore(Integer.MAX_VALUE) {
            @Override
            public void release(String round, List<Long> ids) {
                throw new IllegalStateException("database gone");
            }
        };
        LockTimeoutException thrown = assertThrows(LockTimeoutException.class,
                () -> dispatcherOn(store).recordOutcomes("r#3", OUTCOMES));
        assertEquals("database gone", thrown.getSuppressed()[0].getMessage());
    }

    @Test
    void aRecordingThatTakesSecondsIsLoggedWithItsRoundAndDuration() {
        FailingStore slow = new FailingStore(0) {
            @Override
            public List<SwitchCommand> record(String round, List<Outcome> outcomes) {
                try {
                    Thread.sleep(2_100); // as a recording queued behind another transaction's lock
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.record(round, outcomes);
            }
        };
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                logged.add(logRecord);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(SwitchDispatcher.class.getName());
        log.addHandler(handler);
        try {
            dispatcherOn(slow).recordOutcomes("r#4", OUTCOMES);
            dispatcherOn(new FailingStore(0)).recordOutcomes("r#5", OUTCOMES);
        } finally {
            log.removeHandler(handler);
        }
        assertEquals(1, logged.size(), "the quick recording is not logged");
        String message = logged.get(0).getMessage();
        assertEquals(Level.WARNING, logged.get(0).getLevel());
        assertTrue(message.matches("Recording round r#4 \\(3 commands, attempt 1\\) took 2[0-9]{3} ms; .*"), message);
    }
}
