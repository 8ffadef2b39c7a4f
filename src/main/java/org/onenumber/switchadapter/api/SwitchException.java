package org.onenumber.switchadapter.api;

import java.util.List;
import org.onenumber.switchadapter.wire.Response;

/**
 * The switch could not be reached or did not answer in time. A status the switch did answer with
 * (refused, error, unavailable) is not an exception: it comes back in the {@code Response}.
 */
public class SwitchException extends Exception {

    /** The responses to a pipeline's first requests that came before it failed (empty: none, or not a pipeline). */
    private final transient List<Response> answered;

    public SwitchException(String message, Throwable cause) {
        this(message, cause, List.of());
    }

    /** As above, after the switch answered the first {@code answered.size()} requests of a pipeline. */
    public SwitchException(String message, Throwable cause, List<Response> answered) {
        super(message, cause);
        this.answered = List.copyOf(answered);
    }

    /**
     * The responses to a pipeline's first requests that arrived before it failed, in the requests' order: those
     * requests have their outcome, and only the ones after them are unknown.
     */
    public List<Response> answered() {
        return answered == null ? List.of() : answered;
    }
}
