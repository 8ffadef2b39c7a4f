package org.onenumber.switchadapter.wire;

/**
 * One step of a routing trace. Ring steps ring {@code ringSeconds} from {@code startSecond} and end
 * NO_ANSWER; the final step has no ring time.
 */
public record RouteStep(Target target, String address, int startSecond, int ringSeconds, Outcome outcome) {

    public static RouteStep ring(Target target, String address, int startSecond, int ringSeconds) {
        return new RouteStep(target, address, startSecond, ringSeconds, Outcome.NO_ANSWER);
    }

    public enum Target {
        MOBILE_CLIENT,
        DESK,
        CELL,
        CUSTOM,
        /** A number from the simultaneous ring list, or the number a rule sends the call to. */
        NUMBER,
        /** An Office Anywhere number; rings together with the desk phone. */
        OFFICE_ANYWHERE,
        FORWARD,
        VOICEMAIL,
        /** Nowhere left to go: the caller hears busy or the call clears. */
        RELEASE
    }

    public enum Outcome {
        NO_ANSWER,
        FORWARDED,
        VOICEMAIL,
        RELEASED
    }
}
