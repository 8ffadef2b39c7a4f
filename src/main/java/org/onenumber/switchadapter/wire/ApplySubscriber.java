package org.onenumber.switchadapter.wire;

/** The full desired state of one subscriber; applied only if {@code version} is newer than the switch's. */
public record ApplySubscriber(String id, String subscriber, long version, SubscriberState state) implements Request {
}
