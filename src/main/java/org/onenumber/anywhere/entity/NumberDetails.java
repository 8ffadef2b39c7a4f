package org.onenumber.anywhere.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onenumber.platform.entity.PlainText;

/** An alternate number as an admin (or the user in My Phone) gives it. */
public record NumberDetails(
        String number,
        @NotNull(message = "Say whether the number is a landline or a wireless phone.") NumberKind kind,
        @Size(max = 100, message = "A description has at most 100 characters.") @PlainText String description,
        boolean active) {
}
