package org.onenumber.switchadapter.wire;

import java.util.List;

/**
 * No response within the request timeout. The connection stays open (a late response is dropped), but
 * as with a broken connection the request's outcome is unknown.
 */
public class SwitchTimeoutException extends SwitchConnectionException {

    private static final long serialVersionUID = 1L;

    public SwitchTimeoutException(String message) {
        super(message, null);
    }

    /** As above, after the switch answered the first {@code answered.size()} requests of a pipeline. */
    public SwitchTimeoutException(String message, List<Response> answered) {
        super(message, null, answered);
    }
}
