package org.onenumber.platform.control;

public class StaleVersionException extends BusinessException {

    public StaleVersionException(String what, long expected, long actual) {
        super(CommonError.STALE_VERSION, "expectedVersion",
                what + " has changed since it was read (version " + expected + ", now " + actual
                        + "); read it again and repeat the change.");
    }

    /** Compares the version a client read with the stored one; null means the client did not ask. */
    public static void check(String what, Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new StaleVersionException(what, expected, actual);
        }
    }
}
