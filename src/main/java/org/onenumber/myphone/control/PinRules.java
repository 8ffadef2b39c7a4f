package org.onenumber.myphone.control;

import org.onenumber.account.entity.User;
import org.onenumber.platform.control.InvalidInputException;

/**
 * What a phone PIN must be: 4 to 8 digits, not one digit repeated (1111), not a run up or down (1234, 9876), not the
 * user's extension or the end of their business number, and typed the same twice. Each refusal says which rule.
 */
public final class PinRules {

    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 8;

    private PinRules() {
    }

    public static void check(String pin, String confirmation, User user) {
        String problem = problem(pin, user == null ? null : user.getStation().getExtension(),
                user == null || user.getStation().getPhoneNumber() == null ? null
                        : user.getStation().getPhoneNumber().getE164());
        if (problem != null) {
            throw new InvalidInputException("pin", problem);
        }
        if (!pin.equals(confirmation)) {
            throw new InvalidInputException("pinConfirmation", "The two PINs differ; type the same PIN twice.");
        }
    }

    /** Why {@code pin} is refused, or null when it is a good PIN. */
    public static String problem(String pin, String extension, String businessNumber) {
        if (pin == null || pin.isEmpty()) {
            return "Give a PIN of " + MIN_LENGTH + " to " + MAX_LENGTH + " digits.";
        }
        if (!pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "A PIN has digits only.";
        }
        if (pin.length() < MIN_LENGTH || pin.length() > MAX_LENGTH) {
            return "A PIN has " + MIN_LENGTH + " to " + MAX_LENGTH + " digits.";
        }
        if (pin.chars().distinct().count() == 1) {
            return "A PIN may not repeat one digit (such as 1111); choose one that is harder to guess.";
        }
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length(); i++) {
            int step = pin.charAt(i) - pin.charAt(i - 1);
            up &= step == 1;
            down &= step == -1;
        }
        if (up || down) {
            return "A PIN may not be a run of digits (such as 1234 or 9876); choose one that is harder to guess.";
        }
        if (pin.equals(extension) || (businessNumber != null && businessNumber.endsWith(pin))) {
            return "A PIN may not be your extension or the end of your phone number.";
        }
        return null;
    }
}
