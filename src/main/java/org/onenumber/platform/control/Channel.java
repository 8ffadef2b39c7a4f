package org.onenumber.platform.control;

/** Through what a change came in; recorded in the audit trail. */
public enum Channel {
    SOAP, WEB, BATCH, SWITCH
}
