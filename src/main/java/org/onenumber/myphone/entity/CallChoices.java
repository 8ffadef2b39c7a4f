package org.onenumber.myphone.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What a user chooses on My Phone's Calls page, as typed (numbers in any usual format; blank is none). A custom
 * preferred device needs its number; ring-no-answer and No Reply times are between 5 and 60 seconds (0 for a custom
 * device that rings until answered).
 */
public record CallChoices(
        @NotNull(message = "Choose where calls ring first.") PreferredDevice preferredDevice,
        String customNumber,
        @Min(value = 0, message = "Ring for 0 (until answered) to 60 seconds.")
        @Max(value = 60, message = "Ring for 0 (until answered) to 60 seconds.") int ringNoAnswerSeconds,
        boolean simultaneousRing,
        String forwardAll,
        String forwardBusy,
        String forwardNoReply,
        @Min(value = 5, message = "No Reply forwards after 5 to 60 seconds.")
        @Max(value = 60, message = "No Reply forwards after 5 to 60 seconds.") int noReplySeconds,
        boolean doNotDisturb) {
}
