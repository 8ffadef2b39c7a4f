package org.onenumber.switchadapter.wire;

/**
 * Starts the event stream on this connection with the events after {@code fromSequence}, which also
 * acknowledges everything up to it. A client that reconnects passes its last acknowledged seq.
 */
public record Subscribe(String id, long fromSequence) implements Request {
}
