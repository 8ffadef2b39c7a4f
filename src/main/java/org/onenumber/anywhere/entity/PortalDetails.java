package org.onenumber.anywhere.entity;

import jakarta.validation.constraints.Size;
import org.onenumber.account.entity.AccountError;
import org.onenumber.platform.control.InvalidInputException;
import org.onenumber.platform.entity.PlainText;

/**
 * A portal as an admin or a carrier gives it: the number (only when adding; fixed afterwards), a name (the number
 * when blank), an optional extension, and the scope (Company or Site, required). On a change, a null field stays.
 * The two fields only adding requires are checked by {@link #requireNumber} and {@link #requireScope}, not by Bean
 * Validation: a change may leave them out, and SOAP clients read their own codes for them.
 */
public record PortalDetails(
        String number,
        @Size(max = 100, message = "A portal name has at most 100 characters.") @PlainText String name,
        String extension,
        PortalScope scope) {

    /** A new portal's number, or a refusal: the boundary checks it on Save, the dialog as the admin leaves it. */
    public static String requireNumber(String number) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException(AccountError.INVALID_NUMBER, "number", "Choose the portal's phone number.");
        }
        return number;
    }

    /** A new portal's scope, or a refusal. */
    public static PortalScope requireScope(PortalScope scope) {
        if (scope == null) {
            throw new InvalidInputException(AnywhereError.SCOPE_REQUIRED, "scope",
                    "Choose who may use the portal: the whole Company or just this Site.");
        }
        return scope;
    }
}
