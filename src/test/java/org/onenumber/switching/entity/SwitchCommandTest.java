package org.onenumber.switching.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SwitchCommandTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration PAUSE = Duration.ofSeconds(1);

    private static SwitchCommand command() {
        return new SwitchCommand(SwitchTarget.subscriber(1, 1, 7), 3, SwitchCommand.Operation.APPLY, "<x/>");
    }

    @Test
    void retryableErrorsBackOffDoublingThenFailWithTheSwitchsReason() {
        SwitchCommand command = command();
        command.attemptFailed("503 busy", true, now, 4, PAUSE);
        assertEquals(SwitchCommand.Status.PENDING, command.getStatus());
        assertEquals(now.plusSeconds(1), command.getNextAttemptAt());
        command.attemptFailed("503 busy", true, now, 4, PAUSE);
        assertEquals(now.plusSeconds(2), command.getNextAttemptAt());
        command.attemptFailed("503 busy", true, now, 4, PAUSE);
        assertEquals(now.plusSeconds(4), command.getNextAttemptAt());
        command.attemptFailed("503 still busy", true, now, 4, PAUSE);
        assertEquals(SwitchCommand.Status.FAILED, command.getStatus());
        assertEquals("503 still busy", command.getLastError());
    }

    @Test
    void aRefusalFailsAtOnce() {
        SwitchCommand command = command();
        command.attemptFailed("409 endpoint belongs to another subscriber", false, now, 8, PAUSE);
        assertEquals(SwitchCommand.Status.FAILED, command.getStatus());
        assertEquals(1, command.getAttempts());
    }

    @Test
    void anUnreachableSwitchSpendsNoBudget() {
        SwitchCommand command = command();
        for (int i = 0; i < 20; i++) {
            command.waitingForSwitch("connection refused");
        }
        assertEquals(SwitchCommand.Status.PENDING, command.getStatus());
        assertEquals(0, command.getAttempts());
        assertTrue(command.getLastError().contains("connection refused"));
    }

    @Test
    void aHugeReplyIsKeptAsItsStartMarkedAsCutWithinTheColumn() {
        SwitchCommand refused = command();
        refused.attemptFailed("409 " + "x".repeat(5_000_000), false, now, 8, PAUSE);
        assertEquals(1000, refused.getLastError().length(), "last_error is varchar(1000)");
        assertTrue(refused.getLastError().startsWith("409 xxx"));
        assertTrue(refused.getLastError().endsWith(" [cut]"));

        SwitchCommand waiting = command();
        waiting.waitingForSwitch("\uD83D\uDE00".repeat(2_000));
        assertTrue(waiting.getLastError().startsWith("Waiting for the switch: "));
        assertTrue(waiting.getLastError().length() <= 1000);
        assertTrue(waiting.getLastError().endsWith("\uDE00 [cut]"), "no half a character before the mark");

        SwitchCommand silent = command();
        silent.attemptFailed(null, true, now, 8, PAUSE);
        assertEquals("no reason given", silent.getLastError());

        SwitchCommand fits = command();
        fits.attemptFailed("y".repeat(1000), false, now, 8, PAUSE);
        assertEquals("y".repeat(1000), fits.getLastError(), "a reason that fits is kept whole");
    }

    @Test
    void aRetriedCommandIsPendingAgainWithAFreshBudget() {
        SwitchCommand command = command();
        command.attemptFailed("409 refused", false, now, 8, PAUSE);
        command.retry(now.plusSeconds(60));
        assertEquals(SwitchCommand.Status.PENDING, command.getStatus());
        assertEquals(0, command.getAttempts());
        assertEquals(now.plusSeconds(60), command.getNextAttemptAt());
        assertNull(command.getFinishedAt());
    }

    @Test
    void anAppliedCommandForgetsEarlierErrors() {
        SwitchCommand command = command();
        command.attemptFailed("503 busy", true, now, 8, PAUSE);
        command.applied(now);
        assertEquals(SwitchCommand.Status.APPLIED, command.getStatus());
        assertNull(command.getLastError());
    }
}
