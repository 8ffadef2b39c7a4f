package org.onenumber.platform.control;

/** The codes every capability may answer with: bad input, not found, stale versions, idempotency, permissions. Stable: SOAP clients and pages rely on them, so never rename one. */
public enum CommonError implements ErrorCode {
    INVALID_FIELD,
    NOT_FOUND,
    STALE_VERSION,
    IN_USE,
    IDEMPOTENCY_KEY_REUSED,
    IDEMPOTENCY_KEY_IN_PROGRESS,
    INVALID_HEADER,
    NOT_PERMITTED,
    INTERNAL_ERROR
}
