package org.onenumber.web;

import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The short reference an error page shows for an unexpected failure. The same reference is written to the
 * server log with the failure's stack trace, so support can find one from the other; the browser never gets
 * the trace.
 */
public final class ErrorReference {

    private static final Logger LOG = Logger.getLogger(ErrorReference.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{8}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    /** Logs the failure of the request for {@code what} under a new reference, which it returns. */
    public static String log(String what, Throwable failure) {
        return log(Level.SEVERE, what, failure);
    }

    /** As {@link #log(String, Throwable)}, at {@code level}. */
    public static String log(Level level, String what, Throwable failure) {
        StringBuilder reference = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        LOG.log(level, "Reference " + reference + ": " + what + " failed", failure);
        return reference.toString();
    }

    /** Whether {@code text} has the form of a reference (so that a page shows no other text from a URL). */
    public static boolean isReference(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
