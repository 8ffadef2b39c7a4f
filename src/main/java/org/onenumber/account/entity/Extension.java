package org.onenumber.account.entity;

import org.onenumber.platform.control.InvalidInputException;

/** The one format of everything dialled in an account's dial plan: stations, mobility users, portals. */
public final class Extension {

    public static final String PATTERN = "\\d{2,8}";
    public static final String RULE = "An extension is 2 to 8 digits.";

    private Extension() {
    }

    /** The trimmed extension, or a refusal naming {@code field}. */
    public static String require(String input, String field) {
        if (input == null || !input.trim().matches(PATTERN)) {
            throw new InvalidInputException(field, RULE);
        }
        return input.trim();
    }
}
