package org.onenumber.switchadapter.wire;

import java.io.IOException;

/**
 * Input that is not our protocol: a bad frame length, bytes that are not XML, an unknown element, a
 * missing or malformed attribute. {@code requestId} is the id of the request it came from when that much
 * could be read, so the switch can still answer 400 to the right request.
 */
public class WireFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String requestId;

    public WireFormatException(String message) {
        this(message, null, null);
    }

    public WireFormatException(String message, String requestId, Throwable cause) {
        super(message, cause);
        this.requestId = requestId;
    }

    public String requestId() {
        return requestId;
    }
}
