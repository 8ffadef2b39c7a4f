package org.onenumber.switchadapter.wire;

/** The two devices an active call can be on and moved between. */
public enum Device {
    DESK,
    MOBILE
}
