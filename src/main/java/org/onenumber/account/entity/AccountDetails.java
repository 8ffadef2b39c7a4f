package org.onenumber.account.entity;

import org.onenumber.platform.entity.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a carrier says about an account; the same rules for SOAP and pages. */
public record AccountDetails(
        @NotBlank(message = "An account name is required.") @Size(max = 200, message = "An account name has at most 200 characters.") @PlainText String name,
        @Size(max = 100, message = "The external reference has at most 100 characters.") @PlainText String externalReference) {
}
