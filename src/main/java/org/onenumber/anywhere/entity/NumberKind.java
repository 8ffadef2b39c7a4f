package org.onenumber.anywhere.entity;

/** An Office Anywhere number is a landline or a wireless phone (the guide's two kinds). */
public enum NumberKind {
    LANDLINE("Landline"),
    WIRELESS("Wireless");

    private final String title;

    NumberKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
