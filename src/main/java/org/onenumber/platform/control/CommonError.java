package org.onenumber.platform.control;

/** The codes every capability may answer with: bad input, not found, stale versions, idempotency, permissions. Stable: SOAP clients and pages rely on them, so never rename one. */
public enum CommonError implements ErrorCode {
    /** The request does not match the contract (XSD): missing, unknown or mistyped element, unknown value. */
    INVALID_REQUEST,
    INVALID_FIELD,
    NOT_FOUND,
    STALE_VERSION,
    IN_USE,
    IDEMPOTENCY_KEY_REUSED,
    IDEMPOTENCY_KEY_IN_PROGRESS,
    INVALID_HEADER,
    NOT_PERMITTED,
    /** No valid credentials were given (an unknown login, a wrong password and a locked login look alike). */
    NOT_AUTHENTICATED,
    /** Too many failed sign-ins from this address: wait as long as Retry-After says. */
    TOO_MANY_ATTEMPTS,
    /** The request is larger than the configured limit (HTTP 413); nothing of it was read. */
    REQUEST_TOO_LARGE,
    /**
     * Records the request needs were held by other work past the lock timeout, also when run once more; nothing was
     * changed, and the same request may be sent again (faultcode Server, as a client's retry of server faults wants).
     */
    TRY_AGAIN,
    INTERNAL_ERROR
}
