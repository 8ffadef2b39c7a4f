package org.onenumber.testsupport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Predicate;

/** Reads a piece of work's state again and again until it holds what a test waits for. */
public final class Polling {

    /** One read of the state (a row of the database, an answer of the server). */
    public interface Read<T> {
        T read() throws Exception;
    }

    private Polling() {
    }

    /**
     * The first state read that {@code holds}; fails when {@code wait} passes first or a state read is {@code failed}
     * (the work ended without reaching it), naming {@code what} and the last state read.
     */
    public static <T> T until(Duration wait, Duration pause, Read<T> read, Predicate<T> holds, Predicate<T> failed, String what)
            throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        T seen = read.read();
        while (!holds.test(seen)) {
            assertTrue(System.nanoTime() < deadline, "waiting for " + what + ": " + seen);
            assertFalse(failed.test(seen), what + ": " + seen);
            Thread.sleep(pause.toMillis());
            seen = read.read();
        }
        return seen;
    }
}
