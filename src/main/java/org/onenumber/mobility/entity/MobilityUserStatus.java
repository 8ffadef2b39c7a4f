package org.onenumber.mobility.entity;

/**
 * How far a mobility user is on the way to calling from the mobile client, the steps the Mobility users page shows
 * as "To do": the provisioning email goes out, then the user turns the Mobile App on in My Phone.
 */
public enum MobilityUserStatus {
    /** Mobility is on, the client set-up was not emailed yet. */
    EMAIL_NOT_SENT,
    /** The set-up was emailed; the user has not turned the Mobile App on in My Phone yet. */
    APP_NOT_SET_UP,
    /** Emailed and the Mobile App on. */
    READY
}
