package org.onenumber.switching.entity;

import org.onenumber.platform.control.ErrorCode;

/** What the switch answered to an imperative command. Stable: SOAP clients and pages rely on them. */
public enum SwitchError implements ErrorCode {
    /** The switch refused to move the call; the summary gives its reason (a conference, a call on hold, not answered). */
    MOVE_REFUSED,
    /** The switch could not be reached just now; nothing was done, and the same command may be sent again. */
    SWITCH_UNAVAILABLE
}
