package org.onenumber.switchadapter.wire;

import java.time.Instant;

/**
 * A pushed event. {@code seq} grows strictly across the switch's whole event stream, so a client can
 * acknowledge cumulatively and resume after a reconnect.
 */
public record Event(long seq, Instant time, SwitchEvent body) implements Message {
}
