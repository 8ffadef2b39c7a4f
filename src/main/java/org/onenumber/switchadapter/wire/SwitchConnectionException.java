package org.onenumber.switchadapter.wire;

import java.io.IOException;

/**
 * The connection to the switch is unusable: refused, reset, closed by either side. Whether a request
 * in flight was applied is unknown; versioned commands and command ids make resending it safe.
 */
public class SwitchConnectionException extends IOException {

    private static final long serialVersionUID = 1L;

    public SwitchConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
