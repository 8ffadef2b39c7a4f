package org.onenumber.anywhere.entity;

import org.onenumber.platform.control.ErrorCode;

/** Office Anywhere's codes. Stable: SOAP clients and pages rely on them, so never rename one. */
public enum AnywhereError implements ErrorCode {
    /** A portal serves the Company or its Site: exactly one must be chosen. */
    SCOPE_REQUIRED,
    /** The user's phone profile type does not include Office Anywhere (Basic). */
    PROFILE_NOT_ELIGIBLE,
    /** The user does not have Office Anywhere. */
    NOT_OFFICE_ANYWHERE_USER,
    /** A call cannot be pushed to the Office Anywhere phone: the user has no Active number. */
    NO_ACTIVE_NUMBER
}
