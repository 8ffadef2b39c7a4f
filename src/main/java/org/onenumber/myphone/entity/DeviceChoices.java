package org.onenumber.myphone.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.onenumber.platform.entity.PlainText;

/** A custom device as typed: a name unique among the user's devices, its number, and 0 (until answered) to 60 seconds. */
public record DeviceChoices(
        @NotBlank(message = "Give the device a name.") @Size(max = 60, message = "A device's name has at most 60 characters.")
        @PlainText String name,
        @NotBlank(message = "Give the device's number.") @Size(max = 30, message = "A phone number has at most 30 characters.")
        String number,
        @Min(value = 0, message = "Ring for 5 to 60 seconds, or 0 to ring until answered.")
        @Max(value = 60, message = "Ring for 5 to 60 seconds, or 0 to ring until answered.") int ringSeconds) {
}
