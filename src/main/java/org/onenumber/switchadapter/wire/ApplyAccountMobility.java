package org.onenumber.switchadapter.wire;

/** The desired account-level Mobility settings, versioned like a subscriber. */
public record ApplyAccountMobility(String id, String account, long version, AccountMobility mobility)
        implements Request {
}
