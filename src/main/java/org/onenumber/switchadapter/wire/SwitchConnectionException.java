package org.onenumber.switchadapter.wire;

import java.io.IOException;
import java.util.List;

/**
 * The connection to the switch is unusable: refused, reset, closed by either side. Whether a request
 * in flight was applied is unknown; versioned commands and command ids make resending it safe.
 */
public class SwitchConnectionException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The responses that came before the failure, to a pipeline's first requests (empty: none, or not a pipeline). */
    private final transient List<Response> answered;

    public SwitchConnectionException(String message, Throwable cause) {
        this(message, cause, List.of());
    }

    /** As above, after the switch answered the first {@code answered.size()} requests of a pipeline. */
    public SwitchConnectionException(String message, Throwable cause, List<Response> answered) {
        super(message, cause);
        this.answered = List.copyOf(answered);
    }

    /**
     * The responses to a pipeline's first requests that arrived before it failed, in the requests' order: those
     * requests have their outcome; only the ones after them are unknown.
     */
    public List<Response> answered() {
        return answered == null ? List.of() : answered;
    }
}
