package org.onenumber.switchadapter.wire;

/** The life of a call as events report it. */
public enum CallState {
    RINGING,
    CONNECTED,
    HELD,
    ENDED
}
