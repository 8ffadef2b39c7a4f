package org.onenumber.reconcile.entity;

/** How the switch differs from the database for one item. */
public enum DriftKind {
    /** On the switch, not in the database (a client or subscriber added by hand, one the database deleted). */
    ORPHAN,
    /** In the database, not on the switch. */
    MISSING,
    /** A mobile client the switch holds for another station than the one its license is shared to. */
    WRONG_STATION,
    /** The switch holds an older version than the database's, and no command is pending to bring it up. */
    STUCK,
    /** An account's Mobility settings on the switch differ from the database's. */
    SETTINGS
}
