package org.onenumber.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginTest {

    private static final Duration LOCK = Duration.ofMinutes(15);
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private static Login login() {
        return new Login("dm", "hash", false, 1L, 2L, 3L, Role.DECISION_MAKER);
    }

    @Test
    void fiveFailuresInARowLockForAWhile() {
        Login login = login();
        for (int i = 0; i < 4; i++) {
            login.failedAttempt(now, 5, LOCK);
            assertFalse(login.isLocked(now), "not locked after " + (i + 1));
        }
        login.failedAttempt(now, 5, LOCK);
        assertTrue(login.isLocked(now));
        assertTrue(login.isLocked(now.plus(Duration.ofMinutes(14))));
        assertFalse(login.isLocked(now.plus(LOCK)));
    }

    @Test
    void aSuccessResetsTheCount() {
        Login login = login();
        for (int i = 0; i < 4; i++) {
            login.failedAttempt(now, 5, LOCK);
        }
        login.succeeded(now);
        login.failedAttempt(now, 5, LOCK);
        assertFalse(login.isLocked(now));
    }

    @Test
    void changingATemporaryPasswordMakesItPermanent() {
        Login login = new Login("ann", "temp", true, 1L, 2L, 3L, Role.END_USER);
        assertTrue(login.isTemporaryPassword());
        login.changePassword("new");
        assertFalse(login.isTemporaryPassword());
        assertEquals("new", login.getPasswordHash());
    }

    @Test
    void rolesAreReadBack() {
        assertEquals(Set.of(Role.SUPPORT, Role.CARRIER_API),
                new Login("x", "h", false, 1L, null, null, Role.SUPPORT, Role.CARRIER_API).roleSet());
    }
}
