package org.onenumber.platform.control;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
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
 * <p>
 * A dispatcher may linger: after a round that sent something, the next waits that long, however many wake-ups come
 * meanwhile. Under a stream of commits (a bulk load: each commit wakes the dispatcher) rounds then carry many items
 * each instead of one, which costs the outbox's claim, completion and release statements once per round; a commit
 * after a quiet spell still goes at once.
 * <p>
 * A dispatcher's rounds run on a thread of their own ({@link #start(ThreadFactory, String, IntFunction, Predicate)})
 * made by the container's managed thread factory, which captures the application's context once, when it makes the
 * thread. A managed executor captures it for every task, a wake-up's included, and Payara's capture looks its context
 * providers up anew each time, scanning every jar of the application: 4 % of the server's CPU in the bulk benchmark
 * (README, "Bulk provisioning benchmark", session 22).
 */
public final class DispatchRounds<T> {

    private static final Logger LOG = Logger.getLogger(DispatchRounds.class.getName());
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final int batch;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Duration every;
    private final Duration linger;
    private volatile long lingerUntilNanos;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicLong bookedWake = new AtomicLong();
    private volatile int unreachableRounds;
    private volatile long pausedUntilNanos;
    private volatile IntSupplier round;
    private volatile ScheduledExecutorService scheduler;
    private volatile ScheduledFuture<?> task;
    private volatile ScheduledThreadPoolExecutor ownExecutor;

    public DispatchRounds(int batch, Duration firstPause, Duration maxPause) {
        this(batch, firstPause, maxPause, Duration.ofMillis(500));
    }

    /** As above, with the safety net's rounds {@code every} so long instead of every half second. */
    public DispatchRounds(int batch, Duration firstPause, Duration maxPause, Duration every) {
        this(batch, firstPause, maxPause, every, Duration.ZERO);
    }

    /** As above, the next round waiting {@code linger} after one that sent something (zero: none waits). */
    public DispatchRounds(int batch, Duration firstPause, Duration maxPause, Duration every, Duration linger) {
        this.batch = batch;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
        this.every = every;
        this.linger = linger;
    }

    /**
     * As {@link #start(ScheduledExecutorService, String, IntFunction, Predicate)}, on one thread of {@code threads} that
     * these rounds own (named {@code name}); {@link #stop} ends it. Rounds never overlap, so one thread is all they use.
     */
    public void start(ThreadFactory threads, String name, IntFunction<List<T>> due, Predicate<List<T>> send) {
        if (scheduler != null) {
            throw new IllegalStateException(name + " rounds are started already");
        }
        ScheduledThreadPoolExecutor own = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = threads.newThread(task);
            thread.setName(name);
            return thread;
        });
        own.setRemoveOnCancelPolicy(true);
        ownExecutor = own;
        start((ScheduledExecutorService) own, name, due, send);
    }

    /** Runs a round at once, then every half second and on each {@link #wake}; a failed round is logged as {@code name}'s. */
    public void start(ScheduledExecutorService executor, String name, IntFunction<List<T>> due, Predicate<List<T>> send) {
        this.round = () -> {
            try {
                return run(due, send);
            } catch (RuntimeException | Error e) { // an Error too: it would end the periodic rounds, silently
                LOG.log(Level.WARNING, name + " round failed; the next round retries", e);
                return 0;
            }
        };
        this.scheduler = executor;
        task = executor.scheduleWithFixedDelay(this::rounds, 2, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * No round starts after this. A round of rounds' own thread that is running is given a few seconds to end (one
     * cut off would leave its items claimed until their lease ends), then interrupted.
     */
    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
        round = null;
        ScheduledThreadPoolExecutor own = ownExecutor;
        if (own != null) {
            own.shutdown();
            try {
                if (!own.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    own.shutdownNow();
                }
            } catch (InterruptedException e) {
                own.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Something was committed: a round runs now, or the running one goes round once more, or, while the rounds
     * linger, one is booked for when they stop.
     */
    public void wake() {
        again.set(true);
        long until = lingerUntilNanos;
        long lingering = until - System.nanoTime();
        if (until != 0 && lingering > 0) {
            wakeAfter(Duration.ofNanos(lingering));
            return;
        }
        ScheduledExecutorService executor = scheduler;
        if (executor != null && round != null && !running.isLocked()) {
            try {
                executor.execute(this::rounds);
            } catch (RejectedExecutionException stopped) {
                // stopped meanwhile: no more rounds
            }
        }
    }

    /** A round in {@code delay} (booked once: a later booking while an earlier one waits is dropped). */
    public void wakeAfter(Duration delay) {
        ScheduledExecutorService executor = scheduler;
        long at = System.nanoTime() + delay.toNanos();
        while (true) { // a booking that loses the race to another tries again, so the earlier of the two is kept
            long booked = bookedWake.get();
            if (executor == null || round == null || (booked != 0 && booked - System.nanoTime() > 0 && booked - at <= 0)) {
                return;
            }
            if (bookedWake.compareAndSet(booked, at)) {
                try {
                    executor.schedule(() -> {
                        bookedWake.compareAndSet(at, 0);
                        wake();
                    }, delay.toNanos(), TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException stopped) {
                    bookedWake.compareAndSet(at, 0); // stopped meanwhile: no more rounds
                }
                return;
            }
        }
    }

    private void rounds() {
        if (!running.tryLock()) {
            return; // the running round sees the wake-up
        }
        try {
            boolean sent;
            do {
                again.set(false);
                IntSupplier current = round;
                if (current == null) {
                    return;
                }
                sent = current.getAsInt() > 0;
                if (sent && !linger.isZero()) {
                    lingerUntilNanos = System.nanoTime() + linger.toNanos();
                }
            } while (again.get() && !paused() && !(sent && !linger.isZero()));
        } finally {
            running.unlock();
        }
        if (again.get() && !paused()) {
            wake(); // woken between the last check and the unlock, or while lingering: booked for its end
        }
    }

    private boolean paused() {
        return System.nanoTime() - pausedUntilNanos < 0;
    }

    /**
     * One round, unless paused. {@code due} gives up to so many items; {@code send} sends them and
     * answers false when the server could not be reached, which pauses the rounds. Returns how many items it sent.
     */
    public int run(IntFunction<List<T>> due, Predicate<List<T>> send) {
        if (paused()) {
            return 0;
        }
        int sent = 0;
        List<T> items;
        do {
            items = due.apply(batch);
            if (!items.isEmpty() && !send.test(items)) {
                unreachableRounds++;
                pausedUntilNanos = System.nanoTime() + Backoff.pause(unreachableRounds, firstPause, maxPause).toNanos();
                return sent;
            }
            unreachableRounds = 0;
            sent += items.size();
        } while (items.size() == batch);
        return sent;
    }
}
