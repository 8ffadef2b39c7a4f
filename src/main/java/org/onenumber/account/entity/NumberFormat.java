package org.onenumber.account.entity;

import org.onenumber.platform.control.InvalidInputException;

/**
 * Telephone numbers are stored in E.164 ({@code +14085550100}). Input may also be a 10-digit North
 * American number in any usual punctuation ({@code (408) 555-0100}), or 11 digits starting with 1.
 */
public final class NumberFormat {

    private NumberFormat() {
    }

    public static String toE164(String input, String field) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException(AccountError.INVALID_NUMBER, field, "A telephone number is required.");
        }
        String trimmed = input.trim();
        boolean international = trimmed.startsWith("+");
        String digits = trimmed.replaceAll("[\\s().\\-]", "");
        if (international) {
            digits = digits.substring(1);
        }
        if (!digits.matches("\\d+")) {
            throw invalid(input, field);
        }
        if (!international && digits.length() == 10) {
            digits = "1" + digits;
        } else if (!international && !(digits.length() == 11 && digits.startsWith("1"))) {
            throw invalid(input, field);
        }
        if (digits.startsWith("1")) {
            // North American Numbering Plan: NPA and NXX never start with 0 or 1.
            if (digits.length() != 11 || digits.charAt(1) < '2' || digits.charAt(4) < '2') {
                throw invalid(input, field);
            }
        } else if (digits.length() < 8 || digits.length() > 15 || digits.startsWith("0")) {
            throw invalid(input, field);
        }
        return "+" + digits;
    }

    private static InvalidInputException invalid(String input, String field) {
        return new InvalidInputException(AccountError.INVALID_NUMBER, field,
                "'" + input + "' is not a valid telephone number: give 10 digits such as (408) 555-0100, or +country code and number.");
    }

    /** Human form: {@code (408) 555-0100} for North American numbers, E.164 otherwise. */
    public static String display(String e164) {
        if (e164 != null && e164.length() == 12 && e164.startsWith("+1")) {
            return "(" + e164.substring(2, 5) + ") " + e164.substring(5, 8) + "-" + e164.substring(8);
        }
        return e164;
    }
}
