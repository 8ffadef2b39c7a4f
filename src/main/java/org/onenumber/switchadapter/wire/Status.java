package org.onenumber.switchadapter.wire;

/**
 * Response status codes, HTTP-like so they read at a glance. A dispatcher retries only what
 * {@link #isRetryable()} says; IGNORED_STALE counts as success because the switch already holds newer state.
 */
public enum Status {
    OK(200),
    IGNORED_STALE(202),
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    NOT_FOUND(404),
    REFUSED(409),
    ERROR(500),
    UNAVAILABLE(503);

    private final int code;

    Status(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean isSuccess() {
        return code < 300;
    }

    public boolean isRetryable() {
        return code >= 500;
    }

    public static Status ofCode(int code) {
        for (Status status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown status code " + code);
    }
}
