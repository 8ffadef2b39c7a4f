package org.onenumber.anywhere.entity;

import jakarta.validation.constraints.Size;
import org.onenumber.platform.entity.PlainText;

/**
 * A portal as an admin or a carrier gives it: the number (only when adding; fixed afterwards), a name (the number
 * when blank), an optional extension, and the scope (Company or Site, required). On a change, a null field stays.
 */
public record PortalDetails(
        String number,
        @Size(max = 100, message = "A portal name has at most 100 characters.") @PlainText String name,
        String extension,
        PortalScope scope) {
}
