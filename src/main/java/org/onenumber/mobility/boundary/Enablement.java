package org.onenumber.mobility.boundary;

/** One user to enable: the mobility extension that routes to their client, and video (null: the account default). */
public record Enablement(long userId, String mobilityExtension, Boolean video) {
}
