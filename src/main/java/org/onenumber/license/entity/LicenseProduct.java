package org.onenumber.license.entity;

/** What an account buys licenses of. One product today; the pool is keyed by it so more can follow. */
public enum LicenseProduct {
    MOBILE_CLIENT("mobile client");

    private final String title;

    LicenseProduct(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
