package org.onenumber.switchadapter.wire;

/**
 * The Mobility feature as its user turned it on (reference 002, 3.2): the client reads these settings from the switch
 * when it signs in. The cell number itself is the subscriber's CELL endpoint.
 */
public record MobileApp(boolean alertClickToDial, PhonesToRing phonesToRing, boolean answerConfirmation,
                        OutboundMode outboundMode) {

    public static final MobileApp DEFAULTS = new MobileApp(true, PhonesToRing.BOTH, false, OutboundMode.CALL_THROUGH);

    /** Which phones ring for a Click-to-Dial or a call the client answers: the office phone, the mobile or both. */
    public enum PhonesToRing {
        OFFICE,
        MOBILE,
        BOTH
    }

    /** How the client places an outbound call; Call Through is the default (reference 002, 2). */
    public enum OutboundMode {
        VOIP,
        CALL_THROUGH,
        CALL_BACK
    }
}
