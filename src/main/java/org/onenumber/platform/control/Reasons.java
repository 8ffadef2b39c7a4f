package org.onenumber.platform.control;

/**
 * The reasons a remote party gives for a failure (a switch's reply, a mail server's), kept for a person to read.
 * What the other side sends is not ours to size: a hostile or broken reply may be megabytes, and the columns that keep
 * reasons hold 1,000 characters (last_error in the migrations). A longer reason is cut, and says so.
 */
public final class Reasons {

    /** The length of every last_error column. */
    public static final int MAX_LENGTH = 1000;

    static final String CUT = " [cut]";

    private Reasons() {
    }

    /** The reason as it fits its column: whole when short enough, otherwise its start marked as cut. */
    public static String bounded(String reason) {
        return bounded("", reason);
    }

    /** The reason after what it explains ("Waiting for the switch: "), the whole bounded. */
    public static String bounded(String context, String reason) {
        String known = context + (reason == null || reason.isBlank() ? "no reason given" : reason);
        if (known.length() <= MAX_LENGTH) {
            return known;
        }
        int end = MAX_LENGTH - CUT.length();
        if (Character.isHighSurrogate(known.charAt(end - 1))) {
            end--; // not half a character
        }
        return known.substring(0, end) + CUT;
    }
}
