package org.onenumber.mobility.boundary;

import jakarta.validation.constraints.NotNull;
import org.onenumber.switchadapter.wire.MobileApp;

/** The Mobile App as a user turns it on: which of their My Number mobile numbers it rings, and the app's settings. */
public record MobileAppChoices(
        @NotNull(message = "Choose your mobile number, or add one in My Number first.") Long numberId,
        boolean alertClickToDial,
        @NotNull(message = "Choose which phones ring.") MobileApp.PhonesToRing phonesToRing,
        boolean answerConfirmation,
        @NotNull(message = "Choose how the app places calls.") MobileApp.OutboundMode outboundMode) {
}
