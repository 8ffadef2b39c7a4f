package org.onenumber.account.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record SiteDetails(
        @NotBlank(message = "A site name is required.") @Size(max = 200, message = "A site name has at most 200 characters.") String name,
        @Size(max = 300, message = "The address has at most 300 characters.") String address,
        @Size(max = 100, message = "The city has at most 100 characters.") String city,
        @Pattern(regexp = "[A-Za-z]{2}", message = "The country is a two-letter ISO code such as US.") String country,
        @Size(max = 60, message = "The time zone has at most 60 characters.") String timeZone) {
}
