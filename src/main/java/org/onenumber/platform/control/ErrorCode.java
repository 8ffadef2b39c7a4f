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
    INTERNAL_ERROR,
    /** Sharing would take more mobile client licenses than the account purchased. */
    LICENSE_QUOTA_EXCEEDED,
    /** A purchased quantity below the number of licenses already shared. */
    QUANTITY_BELOW_SHARED,
    /** The station already has as many mobile clients as the account allows per user. */
    CLIENT_LIMIT_REACHED,
    /** The user's phone profile type does not include mobility. */
    PROFILE_NOT_ELIGIBLE,
    /** Only carrier support may set this field (mobility router, group name, access numbers). */
    NOT_SUPPORT_FIELD,
    /** The account's Mobility add-on is not activated (or is suspended). */
    MOBILITY_NOT_ACTIVE,
    /** The add-on cannot go from its present status to the one asked for. */
    INVALID_STATUS_CHANGE
}
