package org.onenumber.myphone.entity;

/** Where a rule sends the calls it matches. */
public enum RuleTarget {
    DESK("Work phone"),
    MOBILE_APP("Mobile app"),
    CELL("Cell phone"),
    NUMBER("Another number"),
    VOICEMAIL("Voicemail");

    private final String title;

    RuleTarget(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
