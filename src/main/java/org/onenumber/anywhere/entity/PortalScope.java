package org.onenumber.anywhere.entity;

/** Who may call out through a portal: every user of the account, or only the users of the portal's site. */
public enum PortalScope {
    COMPANY("Company"),
    SITE("Site");

    private final String title;

    PortalScope(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
