package org.onenumber.myphone.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** An account's ring timers and No Reply default as an administrator typed them: each 5 to 60 seconds. */
public record CallTimers(
        @Min(value = 5, message = "Ring the Wi-Fi client for 5 to 60 seconds.")
        @Max(value = 60, message = "Ring the Wi-Fi client for 5 to 60 seconds.") int wifiSeconds,
        @Min(value = 5, message = "Ring the desk phone for 5 to 60 seconds.")
        @Max(value = 60, message = "Ring the desk phone for 5 to 60 seconds.") int deskSeconds,
        @Min(value = 5, message = "Ring the cell phone for 5 to 60 seconds.")
        @Max(value = 60, message = "Ring the cell phone for 5 to 60 seconds.") int cellSeconds,
        @Min(value = 5, message = "No Reply forwards after 5 to 60 seconds.")
        @Max(value = 60, message = "No Reply forwards after 5 to 60 seconds.") int noReplySeconds) {
}
