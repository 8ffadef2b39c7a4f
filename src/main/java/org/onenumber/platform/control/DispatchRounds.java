package org.onenumber.platform.control;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rounds of an outbox dispatcher: batches of due items are sent until fewer than a batch are due.
 * A round runs when {@link #wake} says something was committed, and every half second besides, as a
 * safety net for what another instance wrote, for retries that come due and for a missed wake-up. Rounds
 * never overlap: a wake-up during a round makes it go round once more. When the server cannot be reached
 * the rounds pause, longer after each failed round, so an outage costs neither the outbox's retry budgets
 * nor a connection attempt every half second.
 */
public final class DispatchRounds<T> {

    private static final Logger LOG = Logger.getLogger(DispatchRounds.class.getName());

    private final int batch;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Duration every;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicLong bookedWake = new AtomicLong();
    private volatile int unreachableRounds;
    private volatile long pausedUntilNanos;
    private volatile Runnable round;
    private volatile ScheduledExecutorService scheduler;
    private ScheduledFuture<?> task;

    public DispatchRounds(int batch, Duration firstPause, Duration maxPause) {
        this(batch, firstPause, maxPause, Duration.ofMillis(500));
    }

    /** As above, with the safety net's rounds {@code every} so long instead of every half second. */
    public DispatchRounds(int batch, Duration firstPause, Duration maxPause, Duration every) {
        this.batch = batch;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
        this.every = every;
    }

    /** Runs a round at once, then every half second and on each {@link #wake}; a failed round is logged as {@code name}'s. */
    public void start(ScheduledExecutorService executor, String name, IntFunction<List<T>> due, Predicate<List<T>> send) {
        this.round = () -> {
            try {
                run(due, send);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + " round failed; the next round retries", e);
            }
        };
        this.scheduler = executor;
        task = executor.scheduleWithFixedDelay(this::rounds, 2, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
        round = null;
    }

    /** Something was committed: a round runs now, or the running one goes round once more. */
    public void wake() {
        again.set(true);
        ScheduledExecutorService executor = scheduler;
        if (executor != null && round != null && !running.isLocked()) {
            executor.execute(this::rounds);
        }
    }

    /** A round in {@code delay} (booked once: a later booking while an earlier one waits is dropped). */
    public void wakeAfter(Duration delay) {
        ScheduledExecutorService executor = scheduler;
        long at = System.nanoTime() + delay.toNanos();
        long booked = bookedWake.get();
        if (executor == null || round == null || (booked != 0 && booked - System.nanoTime() > 0 && booked - at <= 0)) {
            return;
        }
        if (bookedWake.compareAndSet(booked, at)) {
            executor.schedule(() -> {
                bookedWake.compareAndSet(at, 0);
                wake();
            }, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void rounds() {
        if (!running.tryLock()) {
            return; // the running round sees the wake-up
        }
        try {
            do {
                again.set(false);
                Runnable current = round;
                if (current == null) {
                    return;
                }
                current.run();
            } while (again.get() && !paused());
        } finally {
            running.unlock();
        }
        if (again.get() && !paused()) {
            wake(); // woken between the last check and the unlock
        }
    }

    private boolean paused() {
        return System.nanoTime() - pausedUntilNanos < 0;
    }

    /**
     * One round, unless paused. {@code due} gives up to so many items; {@code send} sends them and
     * answers false when the server could not be reached, which pauses the rounds.
     */
    public void run(IntFunction<List<T>> due, Predicate<List<T>> send) {
        if (paused()) {
            return;
        }
        List<T> items;
        do {
            items = due.apply(batch);
            if (!items.isEmpty() && !send.test(items)) {
                unreachableRounds++;
                pausedUntilNanos = System.nanoTime() + Backoff.pause(unreachableRounds, firstPause, maxPause).toNanos();
                return;
            }
            unreachableRounds = 0;
        } while (items.size() == batch);
    }
}
