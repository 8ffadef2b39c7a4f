package org.onenumber.account.entity;

public enum DeviceKind {
    DESK_PHONE
}
