package org.onenumber.switchadapter.wire;

/** The desired state of one Office Anywhere portal, versioned like a subscriber. */
public record ApplyPortal(String id, String portal, long version, PortalState state) implements Request {
}
