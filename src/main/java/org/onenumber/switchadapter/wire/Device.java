package org.onenumber.switchadapter.wire;

/**
 * The devices an active call can be on. Calls move between the desk phone and the mobile client, between the desk
 * phone and the Office Anywhere phone (push and pull), and from the desk phone or the mobile client to the cell
 * phone (the subscriber's CELL endpoint); not between the mobile client and the Office Anywhere phone, which the
 * reference does not offer.
 */
public enum Device {
    DESK,
    MOBILE,
    /** The subscriber's Office Anywhere phone: its first alternate number. */
    OFFICE_ANYWHERE,
    /** The subscriber's cell phone: the Mobility feature's number. */
    CELL
}
