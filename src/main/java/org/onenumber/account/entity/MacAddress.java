package org.onenumber.account.entity;

import org.onenumber.platform.control.InvalidInputException;

/** Desk phone MAC addresses, stored as {@code 00:11:22:AA:BB:CC}; input may use colons, dashes or nothing. */
public final class MacAddress {

    private MacAddress() {
    }

    public static String normalise(String input, String field) {
        String hex = input == null ? "" : input.trim().replaceAll("[:\\-.]", "").toUpperCase();
        if (!hex.matches("[0-9A-F]{12}")) {
            throw new InvalidInputException(AccountError.INVALID_MAC, field,
                    "'" + input + "' is not a MAC address: give 12 hexadecimal digits, such as 00:10:49:1A:2B:3C.");
        }
        StringBuilder mac = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                mac.append(':');
            }
            mac.append(hex, i, i + 2);
        }
        return mac.toString();
    }
}
