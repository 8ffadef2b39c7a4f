package org.onenumber.platform.control;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rounds of an outbox dispatcher: batches of due ids are sent until fewer than a batch are due.
 * When the server cannot be reached the rounds pause, longer after each failed round, so an outage
 * costs neither the outbox's retry budgets nor a connection attempt every half second. Rounds run
 * one after another, half a second apart, on the scheduler given to {@link #start}.
 */
public final class DispatchRounds {

    private static final Logger LOG = Logger.getLogger(DispatchRounds.class.getName());

    private final int batch;
    private final Duration firstPause;
    private final Duration maxPause;
    private int unreachableRounds;
    private long pausedUntilNanos;
    private ScheduledFuture<?> task;

    public DispatchRounds(int batch, Duration firstPause, Duration maxPause) {
        this.batch = batch;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
    }

    /** Runs a round every half second; a failed round is logged as {@code name}'s, and the next one tries again. */
    public void start(ScheduledExecutorService scheduler, String name, IntFunction<List<Long>> due, Predicate<List<Long>> send) {
        task = scheduler.scheduleWithFixedDelay(() -> {
            try {
                run(due, send);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + " round failed; the next round retries", e);
            }
        }, 2, 500, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /**
     * One round, unless paused. {@code due} gives up to so many ids; {@code send} sends them and
     * answers false when the server could not be reached, which pauses the rounds.
     */
    public void run(IntFunction<List<Long>> due, Predicate<List<Long>> send) {
        if (System.nanoTime() - pausedUntilNanos < 0) {
            return;
        }
        List<Long> ids;
        do {
            ids = due.apply(batch);
            if (!ids.isEmpty() && !send.test(ids)) {
                unreachableRounds++;
                pausedUntilNanos = System.nanoTime() + Backoff.pause(unreachableRounds, firstPause, maxPause).toNanos();
                return;
            }
            unreachableRounds = 0;
        } while (ids.size() == batch);
    }
}
