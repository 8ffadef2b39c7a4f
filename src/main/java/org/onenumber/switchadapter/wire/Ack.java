package org.onenumber.switchadapter.wire;

/**
 * Acknowledges every event up to and including {@code seq}. The only message without an id and without a
 * response: a lost ack costs a resend, never a lost event.
 */
public record Ack(long seq) implements Message {
}
