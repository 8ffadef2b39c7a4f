package org.onenumber.account.entity;

import org.onenumber.platform.entity.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Everything a carrier or an admin says about a user, validated the same way for SOAP and pages.
 * The number and the MAC address are checked (and normalised) by {@link NumberFormat} and
 * {@link MacAddress}; uniqueness by the boundary against the account.
 */
public record UserDetails(
        @NotNull(message = "A site is required.") Long siteId,
        @NotBlank(message = "A first name is required.") @Size(max = 100, message = "A first name has at most 100 characters.") @PlainText String firstName,
        @NotBlank(message = "A last name is required.") @Size(max = 100, message = "A last name has at most 100 characters.") @PlainText String lastName,
        @NotBlank(message = "An email address is required.") @Email(message = "Give an email address such as ann@example.com.") @Size(max = 254) String email,
        String businessNumber,
        @NotBlank(message = "An extension is required.") @Pattern(regexp = Extension.PATTERN, message = Extension.RULE) String extension,
        @NotNull(message = "A profile type is required.") ProfileType profileType,
        @Size(max = 60, message = "A phone model has at most 60 characters.") @PlainText String deskPhoneModel,
        String deskPhoneMac) {

    public boolean hasDeskPhone() {
        return deskPhoneMac != null && !deskPhoneMac.isBlank();
    }
}
