package org.onenumber.platform.control;

/** Stable codes of business failures; SOAP clients and pages rely on them, so never rename one. */
public enum ErrorCode {
    INVALID_FIELD,
    INVALID_NUMBER,
    INVALID_MAC,
    DUPLICATE_EXTENSION,
    DUPLICATE_NUMBER,
    DUPLICATE_MAC,
    NUMBER_NOT_AVAILABLE,
    NOT_FOUND,
    STALE_VERSION,
    IN_USE,
    IDEMPOTENCY_KEY_REUSED,
    IDEMPOTENCY_KEY_IN_PROGRESS,
    INVALID_HEADER,
    NOT_PERMITTED,
    INTERNAL_ERROR
}
