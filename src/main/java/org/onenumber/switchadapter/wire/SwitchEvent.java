package org.onenumber.switchadapter.wire;

/** What happened on the switch. */
public sealed interface SwitchEvent {

    /** The subscriber the event concerns, so a consumer can order work per subscriber. */
    String subscriber();

    /** An endpoint registered or unregistered. */
    record RegistrationEvent(String subscriber, Endpoint endpoint, boolean registered) implements SwitchEvent {
    }

    /** A call changed state or device. */
    record CallStateEvent(String subscriber, String callId, CallState state, Device device) implements SwitchEvent {
    }

    /** A finished call's usage record, for billing; toll marks calls that carry toll charges. */
    record UsageEvent(String subscriber, String callId, long seconds, boolean toll) implements SwitchEvent {
    }
}
