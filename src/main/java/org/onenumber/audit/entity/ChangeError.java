package org.onenumber.audit.entity;

import org.onenumber.platform.control.ErrorCode;

/** The change feed's code. Stable: SOAP clients rely on it, so never rename it. */
public enum ChangeError implements ErrorCode {
    /**
     * The cursor stands before changes the feed no longer keeps (it keeps them 7 days): the client may have missed
     * some, so it syncs in full and follows the feed from a cursor it starts afresh.
     */
    CURSOR_EXPIRED
}
