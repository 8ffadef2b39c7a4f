package org.onenumber.account.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onenumber.platform.entity.PlainText;

/** A number for My Number as typed: its kind, the number in any usual format, an optional label ("Home", "Cell"). */
public record UserNumberDetails(
        @NotNull(message = "Choose Mobile or Landline.") UserNumber.Kind kind,
        @NotBlank(message = "Give the number.") @Size(max = 30, message = "A phone number has at most 30 characters.")
        String number,
        @Size(max = 60, message = "A label has at most 60 characters.") @PlainText String label) {
}
