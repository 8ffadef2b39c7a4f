package org.onenumber.switchsim;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failures switched on while the emulator runs, so the adapter's retries, timeouts and reconnects can be
 * tested against the reference implementation rather than mocks. Every setting is safe to change from any
 * thread and takes effect from the next request or connection.
 */
public final class FaultInjection {

    private volatile Duration latency = Duration.ZERO;
    private volatile boolean refuseConnections;
    private final AtomicInteger dropRequests = new AtomicInteger();
    private final AtomicInteger failRequests = new AtomicInteger();
    private volatile int failPercent;
    private volatile String failReason = "injected fault";

    /** Delays every request by this much before it is handled. */
    public void latency(Duration delay) {
        this.latency = delay;
    }

    /** New connections are reset at once (accepted and closed with RST); open ones are unaffected. */
    public void refuseConnections(boolean refuse) {
        this.refuseConnections = refuse;
    }

    /** The next {@code count} requests make the switch close their connection without answering. */
    public void dropNextRequests(int count) {
        dropRequests.set(count);
    }

    /** The next {@code count} requests are answered 503 with {@code reason}. */
    public void failNextRequests(int count, String reason) {
        failReason = reason;
        failRequests.set(count);
    }

    /** Answers this percentage of requests 503 with {@code reason}, at random, until changed. */
    public void failPercentage(int percent, String reason) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("A percentage is 0..100, not " + percent);
        }
        failReason = reason;
        failPercent = percent;
    }

    /** Lifts every fault. */
    public void clear() {
        latency = Duration.ZERO;
        refuseConnections = false;
        dropRequests.set(0);
        failRequests.set(0);
        failPercent = 0;
    }

    Duration latency() {
        return latency;
    }

    boolean refusesConnections() {
        return refuseConnections;
    }

    boolean takeDrop() {
        return takeOne(dropRequests);
    }

    /** The reason to answer 503, if this request is to fail. */
    Optional<String> takeFailure() {
        if (takeOne(failRequests)
                || (failPercent > 0 && ThreadLocalRandom.current().nextInt(100) < failPercent)) {
            return Optional.of(failReason);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "latency=" + latency.toMillis() + "ms refuse=" + refuseConnections + " dropNext=" + dropRequests.get()
                + " failNext=" + failRequests.get() + " failPercent=" + failPercent + " reason=" + failReason;
    }

    private static boolean takeOne(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
