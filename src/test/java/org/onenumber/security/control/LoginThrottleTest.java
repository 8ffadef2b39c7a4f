package org.onenumber.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final long S = 1_000_000_000L;

    @Test
    void threeFailuresAreFreeThenTheAddressWaitsDoublingUpToAMinute() {
        assertEquals(Duration.ZERO, LoginThrottle.pause(3));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.pause(4));
        assertEquals(Duration.ofSeconds(2), LoginThrottle.pause(5));
        assertEquals(Duration.ofSeconds(32), LoginThrottle.pause(9));
        assertEquals(Duration.ofMinutes(1), LoginThrottle.pause(10));
        assertEquals(Duration.ofMinutes(1), LoginThrottle.pause(1000));
    }

    @Test
    void onlyTheFailingAddressWaitsAndASuccessClearsIt() {
        LoginThrottle throttle = new LoginThrottle();
        long now = 100 * S;
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.1", now);
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("10.0.0.1", now));
        assertEquals(Duration.ZERO, throttle.waitFor("10.0.0.2", now), "another address is not slowed");
        assertEquals(Duration.ZERO, throttle.waitFor("10.0.0.1", now + 2 * S), "the wait runs out");
        throttle.failed("10.0.0.1", now + 2 * S);
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("10.0.0.1", now + 2 * S), "the next failure doubles it");
        throttle.succeeded("10.0.0.1");
        assertTrue(throttle.waitFor("10.0.0.1", now + 2 * S).isZero());
    }

    @Test
    void failuresLongAgoStartTheCountAfresh() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.1", 0);
        }
        throttle.failed("10.0.0.1", 16 * 60 * S);
        assertEquals(Duration.ZERO, throttle.waitFor("10.0.0.1", 16 * 60 * S), "one failure, 16 minutes later, is free");
    }
}
