package org.onenumber.switchadapter.wire;

/**
 * Removes a subscriber and its endpoints. Versioned too: the switch remembers the removal's version,
 * so an older ApplySubscriber replayed afterwards cannot bring the subscriber back.
 */
public record RemoveSubscriber(String id, String subscriber, long version) implements Request {
}
