package org.onenumber.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onenumber.security.entity.AccessCode;
import org.onenumber.security.entity.AccessCode.Outcome;

/** The access code rules with the defaults (10 minutes, 5 wrong codes, 30 s between codes) on a clock the test moves. */
class AccessCodePolicyTest {

    private static final long LOGIN = 42;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final AccessCodePolicy policy = new AccessCodePolicy(clock, 10, 5, 30);

    @Test
    void aCodeIsSixDigitsAndIsKeptOnlyAsASaltedHash() {
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            AccessCodePolicy.Issued issued = policy.issue(LOGIN, 0);
            assertTrue(issued.digits().matches("\\d{6}"), issued.digits());
            String stored = issued.code().getCodeHash();
            assertTrue(stored.matches("[0-9a-f]{32}\\$[0-9a-f]{64}"), stored);
            assertFalse(stored.contains(issued.digits()), "the digits are not stored as they are");
            hashes.add(stored);
        }
        assertEquals(50, hashes.size(), "each code has a salt of its own");
        String digits = "123456";
        assertNotEquals(policy.hash(digits), policy.hash(digits), "the same digits hash differently each time");
        assertTrue(AccessCodePolicy.matches(digits, policy.hash(digits)));
        assertFalse(AccessCodePolicy.matches("123457", policy.hash(digits)));
        assertFalse(AccessCodePolicy.matches(" 123456", policy.hash(digits)), "only six digits are compared");
    }

    @Test
    void theRightCodeSignsInOnceAndNeverAgain() {
        AccessCodePolicy.Issued issued = policy.issue(LOGIN, 0);
        assertEquals(Outcome.RIGHT, policy.enter(issued.code(), issued.digits()));
        assertEquals(Outcome.ENDED, policy.enter(issued.code(), issued.digits()), "single use");
        assertEquals(AccessCode.State.USED, issued.code().getState());
    }

    @Test
    void aCodeExpiresTenMinutesAfterItWasSent() {
        AccessCodePolicy.Issued early = policy.issue(LOGIN, 0);
        AccessCodePolicy.Issued late = policy.issue(LOGIN, 0);
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertEquals(Outcome.RIGHT, policy.enter(early.code(), early.digits()), "still valid at 9:59");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Outcome.EXPIRED, policy.enter(late.code(), late.digits()), "refused at 10:00, even the right code");
        assertEquals(Outcome.EXPIRED, policy.enter(late.code(), "000000"));
        assertEquals(0, late.code().getWrongCodes(), "entries after expiry are not counted as wrong codes");
    }

    @Test
    void theFifthWrongCodeBlocksTheSignIn() {
        AccessCodePolicy.Issued issued = policy.issue(LOGIN, 0);
        String wrong = other(issued.digits());
        for (int i = 1; i <= 4; i++) {
            assertEquals(Outcome.WRONG, policy.enter(issued.code(), wrong), "wrong code " + i);
            assertEquals(5 - i, issued.code().wrongCodesLeft(5));
        }
        assertEquals(Outcome.BLOCKED, policy.enter(issued.code(), wrong), "the fifth wrong code");
        assertEquals(AccessCode.State.BLOCKED, issued.code().getState());
        assertEquals(Outcome.BLOCKED, policy.enter(issued.code(), issued.digits()), "not even the right code after the block");
        assertTrue(policy.resend(issued.code()).ended(), "and no new code for a blocked sign-in");
    }

    @Test
    void aNewCodeReplacesTheOldOneWhichStopsWorking() {
        AccessCodePolicy.Issued issued = policy.issue(LOGIN, 0);
        clock.advance(Duration.ofSeconds(30));
        AccessCodePolicy.Resend resend = policy.resend(issued.code());
        while (resend.digits().equals(issued.digits())) { // one chance in a million: ask once more
            clock.advance(Duration.ofSeconds(30));
            resend = policy.resend(issued.code());
        }
        assertEquals(Outcome.WRONG, policy.enter(issued.code(), issued.digits()), "the earlier code no longer works");
        assertEquals(Outcome.RIGHT, policy.enter(issued.code(), resend.digits()));
    }

    @Test
    void aNewCodeAtMostEveryThirtySecondsAndItRunsItsOwnTenMinutes() {
        AccessCodePolicy.Issued issued = policy.issue(LOGIN, 0);
        AccessCodePolicy.Resend tooSoon = policy.resend(issued.code());
        assertFalse(tooSoon.sent());
        assertNull(tooSoon.digits());
        assertEquals(Duration.ofSeconds(30), tooSoon.waitFor());
        clock.advance(Duration.ofSeconds(29));
        assertEquals(Duration.ofSeconds(1), policy.resend(issued.code()).waitFor());
        clock.advance(Duration.ofSeconds(1));
        AccessCodePolicy.Resend resend = policy.resend(issued.code());
        assertTrue(resend.sent());
        assertEquals(clock.instant().plus(Duration.ofMinutes(10)), issued.code().getExpiresAt());
        assertFalse(policy.resend(issued.code()).sent(), "the pause starts again with each code sent");

        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertEquals(Outcome.RIGHT, policy.enter(issued.code(), resend.digits()), "valid ten minutes from its own sending");
    }

    @Test
    void wrongCodesCountAcrossNewCodesAndNewSignIns() {
        AccessCodePolicy.Issued issued = policy.issue(LOGIN, 0);
        for (int i = 0; i < 3; i++) {
            policy.enter(issued.code(), other(issued.digits()));
        }
        clock.advance(Duration.ofSeconds(30));
        AccessCodePolicy.Resend resend = policy.resend(issued.code());
        assertEquals(Outcome.WRONG, policy.enter(issued.code(), other(resend.digits())));
        assertEquals(1, issued.code().wrongCodesLeft(5), "a new code buys no more tries");

        // signing in again with the password replaces the sign-in, and its wrong codes carry over
        int carried = issued.code().close();
        assertEquals(AccessCode.State.CLOSED, issued.code().getState());
        assertEquals(Outcome.ENDED, policy.enter(issued.code(), resend.digits()), "a replaced sign-in's code no longer works");
        AccessCodePolicy.Issued again = policy.issue(LOGIN, carried);
        assertEquals(Outcome.BLOCKED, policy.enter(again.code(), other(again.digits())));
    }

    @Test
    void theFiguresComeFromConfiguration() {
        AccessCodePolicy strict = new AccessCodePolicy(clock, 3, 2, 5);
        AccessCodePolicy.Issued issued = strict.issue(LOGIN, 0);
        assertEquals(Outcome.WRONG, strict.enter(issued.code(), other(issued.digits())));
        assertEquals(Outcome.BLOCKED, strict.enter(issued.code(), other(issued.digits())));

        AccessCodePolicy.Issued second = strict.issue(LOGIN, 0);
        clock.advance(Duration.ofSeconds(5));
        assertTrue(strict.resend(second.code()).sent());
        clock.advance(Duration.ofMinutes(3));
        assertEquals(Outcome.EXPIRED, strict.enter(second.code(), "000000"));
    }

    /** Six digits that are not {@code digits}. */
    private static String other(String digits) {
        return String.format("%06d", (Integer.parseInt(digits) + 1) % 1_000_000);
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
