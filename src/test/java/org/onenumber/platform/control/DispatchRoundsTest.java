package org.onenumber.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DispatchRoundsTest {

    @Test
    void aRoundSendsBatchesUntilFewerThanABatchAreDue() {
        List<Long> queue = new ArrayList<>(LongStream.rangeClosed(1, 7).boxed().toList());
        List<List<Long>> sent = new ArrayList<>();

        new DispatchRounds<Long>(3, Duration.ofMinutes(1), Duration.ofMinutes(5)).run(
                max -> List.copyOf(queue.subList(0, Math.min(max, queue.size()))),
                ids -> sent.add(ids) && queue.removeAll(ids));

        assertEquals(List.of(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L), List.of(7L)), sent);
    }

    @Test
    void anUnreachableServerPausesTheRounds() {
        List<Integer> asked = new ArrayList<>();
        DispatchRounds<Long> rounds = new DispatchRounds<Long>(3, Duration.ofMinutes(1), Duration.ofMinutes(5));

        rounds.run(max -> asked.add(max) ? List.of(1L) : List.of(), ids -> false);
        rounds.run(max -> asked.add(max) ? List.of(1L) : List.of(), ids -> false);

        assertEquals(1, asked.size(), "the second round waits out the pause");
    }

    /**
     * Rounds started on a thread factory run on one thread it made, named for the dispatcher, wake-ups included
     * (no task of another executor, which would capture the application's context again for each), and stop ends it.
     */
    @Test
    void roundsOnAThreadFactoryRunOnOneThreadOfItsOwnThatStopEnds() throws Exception {
        List<Thread> made = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.Set<Thread> ranOn = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicInteger rounds = new AtomicInteger();
        DispatchRounds<Long> dispatch = new DispatchRounds<>(3, Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofHours(1), Duration.ofMillis(5));
        dispatch.start(task -> {
            Thread thread = new Thread(task);
            made.add(thread);
            return thread;
        }, "Test dispatcher", max -> {
            ranOn.add(Thread.currentThread());
            rounds.incrementAndGet();
            return List.of();
        }, ids -> true);
        for (int i = 0; i < 20; i++) {
            dispatch.wake();
            dispatch.wakeAfter(Duration.ofMillis(2));
            Thread.sleep(3);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (rounds.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(rounds.get() >= 2, "the first round and a woken one ran: " + rounds.get());
        assertEquals(1, made.size(), "one thread made");
        assertEquals(java.util.Set.of(made.get(0)), ranOn, "every round ran on it");
        assertEquals("Test dispatcher", made.get(0).getName());

        dispatch.stop();
        made.get(0).join(5000);
        assertTrue(!made.get(0).isAlive(), "stop ended the thread");
        dispatch.wake(); // a commit after the stop wakes nothing, and fails nothing
        dispatch.wakeAfter(Duration.ofMillis(1));
    }

    /** A round that throws an Error is logged like any failed round, and the safety net's rounds go on. */
    @Test
    void anErrorInARoundDoesNotEndTheRounds() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        DispatchRounds<Long> dispatch = new DispatchRounds<>(3, Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofMillis(20));
        dispatch.start(Thread::new, "Failing dispatcher", max -> {
            if (rounds.incrementAndGet() == 1) {
                throw new AssertionError("a round broke");
            }
            return List.of();
        }, ids -> true);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (rounds.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(rounds.get() >= 3, "rounds after the one that broke: " + rounds.get());
        } finally {
            dispatch.stop();
        }
    }

    @Test
    void aWakeUpRunsARoundAndWakeUpsDuringARoundMakeItGoRoundOnceMore() throws Exception {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        try {
            // the safety net's next round is an hour away: only wake-ups run rounds after the first
            DispatchRounds<Long> rounds = new DispatchRounds<>(3, Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofHours(1));
            AtomicInteger asked = new AtomicInteger();
            AtomicInteger inRound = new AtomicInteger();
            AtomicInteger overlapped = new AtomicInteger();
            CountDownLatch firstRoundStarted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            rounds.start(scheduler, "test", max -> {
                if (inRound.incrementAndGet() > 1) {
                    overlapped.incrementAndGet();
                }
                int n = asked.incrementAndGet();
                if (n == 1) { // the first round, at start
                    firstRoundStarted.countDown();
                    await(release);
                }
                inRound.decrementAndGet();
                return List.of();
            }, ids -> true);
            assertTrue(firstRoundStarted.await(5, TimeUnit.SECONDS), "rounds run");
            int before = asked.get();
            rounds.wake();
            rounds.wake();
            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (asked.get() < before + 1 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(before + 1, asked.get(), "the two wake-ups during a round made it go round once more");
            rounds.wake();
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (asked.get() < before + 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(before + 2, asked.get(), "a wake-up when idle runs a round");
            assertEquals(0, overlapped.get(), "rounds never overlap");
            rounds.stop();
        } finally {
            scheduler.shutdownNow();
        }
    }

    /**
     * With a linger, wake-ups that come while items are being committed one by one (each commit wakes the dispatcher)
     * are gathered: after a round that sent something the next waits the linger out and takes everything committed
     * meanwhile; without one, each wake-up runs its own round. A wake-up after a quiet spell runs a round at once.
     */
    @Test
    void aLingerGathersTheItemsCommittedWhileItLasts() throws Exception {
        int without = roundsFor(Duration.ZERO);
        int with = roundsFor(Duration.ofMillis(300));
        assertTrue(without >= 6, "without a linger: a round per wake-up (a slow machine may merge a few): " + without);
        assertTrue(with <= 3, "with one: the first item, then the rest together: " + with);
    }

    /** Ten items committed 10 ms apart, each followed by a wake-up; how many rounds sent them. */
    private static int roundsFor(Duration linger) throws Exception {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        try {
            DispatchRounds<Long> rounds = new DispatchRounds<>(200, Duration.ofMinutes(1), Duration.ofMinutes(5),
                    Duration.ofHours(1), linger);
            List<Long> queue = java.util.Collections.synchronizedList(new ArrayList<>());
            // read by the test while the rounds' thread adds to it: a synchronized list's stream is not synchronized
            List<List<Long>> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
            rounds.start(scheduler, "test", max -> {
                synchronized (queue) {
                    return List.copyOf(queue.subList(0, Math.min(max, queue.size())));
                }
            }, ids -> sent.add(ids) && queue.removeAll(ids));
            Thread.sleep(100); // the first round, at start, finds nothing
            for (long item = 1; item <= 10; item++) {
                queue.add(item);
                rounds.wake();
                Thread.sleep(10);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (sent.stream().mapToInt(List::size).sum() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(10, sent.stream().mapToInt(List::size).sum(), "every item was sent, none twice");
            Thread.sleep(linger.toMillis() + 100); // a quiet spell
            long started = System.nanoTime();
            deadline = started + TimeUnit.SECONDS.toNanos(5);
            queue.add(11L);
            rounds.wake();
            while (sent.stream().mapToInt(List::size).sum() < 11 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            rounds.stop();
            assertEquals(11, sent.stream().mapToInt(List::size).sum());
            assertTrue(System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(250),
                    "after a quiet spell at once, not after a linger");
            return sent.size() - 1;
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void pausesDoubleUpToTheirCeiling() {
        Duration first = Duration.ofSeconds(2);
        Duration max = Duration.ofSeconds(10);

        assertEquals(List.of(2L, 4L, 8L, 10L, 10L), LongStream.rangeClosed(1, 5)
                .mapToObj(n -> Backoff.pause((int) n, first, max).toSeconds()).toList());
        assertEquals(max, Backoff.pause(1000, first, max), "no overflow after many failures");
    }
}
