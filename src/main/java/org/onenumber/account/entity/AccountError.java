package org.onenumber.account.entity;

import org.onenumber.platform.control.ErrorCode;

/** The account capability's codes: numbers, MAC addresses, extensions in the dial plan. Stable: SOAP clients and pages rely on them, so never rename one. */
public enum AccountError implements ErrorCode {
    INVALID_NUMBER,
    INVALID_MAC,
    DUPLICATE_EXTENSION,
    DUPLICATE_NUMBER,
    DUPLICATE_MAC,
    /** Another user of the account has the email address (it is their business email, their sign-in name). */
    DUPLICATE_EMAIL,
    NUMBER_NOT_AVAILABLE,
    /**
     * The user already runs the feature that excludes this one (Mobility or Office Anywhere), or the destination
     * number serves another feature or user; the summary names the feature and the user.
     */
    FEATURE_CONFLICT,
    /** The user runs a feature the phone profile asked for does not include. */
    PROFILE_NOT_ELIGIBLE
}
