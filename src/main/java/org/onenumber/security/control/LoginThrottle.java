package org.onenumber.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins slow down the address they come from, not the login they name: after three failures in
 * a row an address waits 1 s before its next try, then 2 s, 4 s ... up to a minute, and a success clears it.
 * So a stranger guessing a carrier's API password delays only themself, and never locks the carrier out
 * (API logins are not locked by failures at all; people's logins still are, see {@link LoginPolicy}).
 * Kept in memory per instance, bounded in size.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration MAX_WAIT = Duration.ofMinutes(1);
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_ADDRESSES = 100_000;

    private record Failures(int count, long lastNanos, long blockedUntilNanos) {
    }

    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    /** How long the address must still wait before it may try again; zero when it may try now. */
    public Duration waitFor(String address, long nowNanos) {
        Failures failures = byAddress.get(address);
        if (failures == null || failures.blockedUntilNanos() <= nowNanos) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(failures.blockedUntilNanos() - nowNanos);
    }

    public void failed(String address, long nowNanos) {
        if (byAddress.size() >= MAX_ADDRESSES) {
            byAddress.values().removeIf(f -> nowNanos - f.lastNanos() > FORGET_AFTER.toNanos());
            if (byAddress.size() >= MAX_ADDRESSES) {
                byAddress.clear(); // under a flood from more addresses than we keep, start over rather than grow
            }
        }
        byAddress.compute(address, (key, earlier) -> {
            int count = earlier == null || nowNanos - earlier.lastNanos() > FORGET_AFTER.toNanos() ? 1 : earlier.count() + 1;
            return new Failures(count, nowNanos, nowNanos + pause(count).toNanos());
        });
    }

    public void succeeded(String address) {
        byAddress.remove(address);
    }

    /** The pause after the {@code count}th failure in a row: none for the first three, then doubling from 1 s. */
    static Duration pause(int count) {
        if (count <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - FREE_FAILURES - 1, 10);
        Duration pause = Duration.ofSeconds(1L << doublings);
        return pause.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : pause;
    }
}
