package org.onenumber.mobility.entity;

import org.onenumber.platform.control.ErrorCode;

/** The Mobility capability's codes. Stable: SOAP clients and pages rely on them, so never rename one. */
public enum MobilityError implements ErrorCode {
    /** The station already has as many mobile clients as the account allows per user. */
    CLIENT_LIMIT_REACHED,
    /** The user's phone profile type does not include mobility. */
    PROFILE_NOT_ELIGIBLE,
    /** Only carrier support may set this field (mobility router, group name, access numbers). */
    NOT_SUPPORT_FIELD,
    /** The account's Mobility add-on is not activated (or is suspended). */
    MOBILITY_NOT_ACTIVE,
    /** The add-on cannot go from its present status to the one asked for. */
    INVALID_STATUS_CHANGE,
    /** The user's only mobile client cannot be taken while Mobility is enabled for them: disable them first. */
    MOBILITY_USER_NEEDS_CLIENT,
    /** The Mobile App needs an administrator to enable Mobility for the user first. */
    NOT_MOBILITY_USER
}
