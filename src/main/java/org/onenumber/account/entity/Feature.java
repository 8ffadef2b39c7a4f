package org.onenumber.account.entity;

/**
 * The features that reach a user somewhere other than the desk phone. A user runs Mobility or Office Anywhere,
 * not both; a destination number serves one of the three, and one user (reference 002, 4.2: with two features on
 * one number both calls reach it, and the caller gets busy or voicemail).
 */
public enum Feature {
    MOBILITY("Mobility"),
    OFFICE_ANYWHERE("Office Anywhere"),
    SIMULTANEOUS_RING("Simultaneous Ring");

    private final String title;

    Feature(String title) {
        this.title = title;
    }

    /** As pages and messages name it. */
    public String title() {
        return title;
    }

    /** Mobility and Office Anywhere exclude each other for one user; Simultaneous Ring goes with either. */
    public boolean excludes(Feature other) {
        return this != other && this != SIMULTANEOUS_RING && other != SIMULTANEOUS_RING;
    }
}
