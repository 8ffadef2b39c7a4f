package org.onenumber.switching.control;

/**
 * Fired by the projection when it wrote desired state to the outbox; observed after the writing transaction
 * committed, it wakes the dispatcher, so a change reaches the switch without waiting for the next poll.
 */
public record CommandsWritten(String targetKey) {
}
