package org.onenumber.account.entity;

import org.onenumber.platform.entity.CountryCode;
import org.onenumber.platform.entity.PlainText;
import org.onenumber.platform.entity.TimeZoneId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record SiteDetails(
        @NotBlank(message = "A site name is required.") @Size(max = 200, message = "A site name has at most 200 characters.") @PlainText String name,
        @Size(max = 300, message = "The address has at most 300 characters.") @PlainText String address,
        @Size(max = 100, message = "The city has at most 100 characters.") @PlainText String city,
        @CountryCode String country,
        @TimeZoneId String timeZone) {
}
