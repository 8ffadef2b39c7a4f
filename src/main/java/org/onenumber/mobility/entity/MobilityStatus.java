package org.onenumber.mobility.entity;

/**
 * The account's Mobility add-on: a customer admin activates it and confirms the purchase (pending), carrier
 * support completes activation (active). Users may be added from pending on, as the product allows.
 */
public enum MobilityStatus {
    NOT_ACTIVATED,
    PENDING_ACTIVATION,
    ACTIVE,
    SUSPENDED;

    /** Whether mobility users may be added and licenses shared. */
    public boolean allowsUsers() {
        return this == PENDING_ACTIVATION || this == ACTIVE;
    }

    /** As pages show it: Not activated, Pending activation, Active, Suspended. */
    public String title() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
