package org.onenumber.switchadapter.wire;

/** A subscriber's calls that have not ended. */
public record ActiveCallsQuery(String id, String subscriber) implements Request {
}
