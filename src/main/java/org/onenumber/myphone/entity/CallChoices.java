package org.onenumber.myphone.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What a user chooses on My Phone's Calls page, as typed (numbers in any usual format; blank is none). A custom
 * preferred device names one of the user's devices; No Reply forwards after 5 to 60 seconds.
 */
public record CallChoices(
        @NotNull(message = "Choose where calls ring first.") PreferredDevice preferredDevice,
        Long customDeviceId,
        boolean routeToCell,
        boolean simultaneousRing,
        boolean simRingQuietWhenBusy,
        String forwardAll,
        String forwardBusy,
        String forwardNoReply,
        @Min(value = 5, message = "No Reply forwards after 5 to 60 seconds.")
        @Max(value = 60, message = "No Reply forwards after 5 to 60 seconds.") int noReplySeconds,
        boolean doNotDisturb) {
}
