package org.onenumber.reconcile.entity;

/** What is compared, in the order a run compares them; each is one key space of the switch's inventory. */
public enum ItemKind {
    ACCOUNT_MOBILITY,
    PORTAL,
    SUBSCRIBER,
    MOBILE_CLIENT
}
