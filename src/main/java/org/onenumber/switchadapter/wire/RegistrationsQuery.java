package org.onenumber.switchadapter.wire;

/** Which of a subscriber's endpoints are registered right now. */
public record RegistrationsQuery(String id, String subscriber) implements Request {
}
