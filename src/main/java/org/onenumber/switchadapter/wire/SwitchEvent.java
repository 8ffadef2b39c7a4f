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

    /**
     * A finished call's usage record, for billing; toll marks calls that carry toll charges. A call placed
     * through an Office Anywhere portal also names its {@code destination}, its {@code rateClass} and the
     * {@code portal} number it went through, so long distance and international calls can be invoiced;
     * for other calls the three are null.
     */
    record UsageEvent(String subscriber, String callId, long seconds, boolean toll, String destination,
            RateClass rateClass, String portal) implements SwitchEvent {

        /** The usage of a call that did not go through a portal. */
        public UsageEvent(String subscriber, String callId, long seconds, boolean toll) {
            this(subscriber, callId, seconds, toll, null, null, null);
        }
    }
}
