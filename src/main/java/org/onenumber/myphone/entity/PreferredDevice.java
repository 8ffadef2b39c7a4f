package org.onenumber.myphone.entity;

/** Where calls go first (reference 003, 2.2): the switch hunts by itself, the desk phone, the mobile, or a number of the user's. */
public enum PreferredDevice {
    AUTO_PILOT("Auto-Pilot"),
    WORK_PHONE("Work Phone"),
    MOBILE("Mobile"),
    CUSTOM("Another number");

    private final String title;

    PreferredDevice(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
