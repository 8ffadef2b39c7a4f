package org.onenumber.switchadapter.api;

/**
 * The switch could not be reached or did not answer in time. A status the switch did answer with
 * (refused, error, unavailable) is not an exception: it comes back in the {@code Response}.
 */
public class SwitchException extends Exception {

    public SwitchException(String message, Throwable cause) {
        super(message, cause);
    }
}
