package org.onenumber.mobility.entity;

import org.onenumber.platform.entity.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A mobility router as SOAP clients and the support pages give it; the port defaults to 443. */
public record RouterDetails(
        @NotBlank(message = "Give the router a name, such as SMR1.")
        @Size(max = 40, message = "A router name has at most 40 characters.")
        @PlainText
        String name,
        @NotBlank(message = "Give the client start address.")
        @Pattern(regexp = "[A-Za-z0-9.-]{1,200}", message = "The client start address is a host name or IP address.")
        String clientStartAddress,
        @NotBlank(message = "Give the remote server address.")
        @Pattern(regexp = "[A-Za-z0-9.-]{1,200}", message = "The remote server address is a host name or IP address.")
        String remoteServerAddress,
        @Min(value = 1, message = "The port is between 1 and 65535.")
        @Max(value = 65535, message = "The port is between 1 and 65535.")
        Integer remoteServerPort) {
}
