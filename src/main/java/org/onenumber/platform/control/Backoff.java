package org.onenumber.platform.control;

import java.time.Duration;

/** Retry pauses that double with each failure up to a ceiling, shared by the outboxes and their dispatchers. */
public final class Backoff {

    private Backoff() {
    }

    /** The pause after the {@code failures}-th failure in a row (1 for the first): {@code first}, then twice as long each time. */
    public static Duration pause(int failures, Duration first, Duration max) {
        Duration pause = first.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return pause.compareTo(max) > 0 ? max : pause;
    }
}
