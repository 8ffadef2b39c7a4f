package org.onenumber.switchadapter.wire;

/** Removes an Office Anywhere portal; versioned like {@link RemoveSubscriber}. */
public record RemovePortal(String id, String portal, long version) implements Request {
}
