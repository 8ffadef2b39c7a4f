package org.onenumber.license.boundary;

import java.io.Serializable;

/**
 * A device of the Devices tree with the station line on it: a desk phone (by MAC address) with its own
 * station, or a mobile client license (by device identity), shared to a station or not.
 *
 * @param subscriber the station's key on the switch, null for a client that is not shared
 */
public record DeviceLine(String device, boolean mobileClient, Registration registration, String subscriber,
                         String extension, String userName, String phoneNumber, Long userId) implements Serializable {

    /** Registration of the endpoint as the switch last reported it; unknown until it reports one. */
    public enum Registration {
        REGISTERED("Registered"), NOT_REGISTERED("Not registered"), UNKNOWN("Unknown");

        private final String title;

        Registration(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** Whether a station line is on the device: always for a desk phone, when shared for a client. */
    public boolean hasLine() {
        return subscriber != null;
    }

    /** The line as Figure 5 of the WorkTime admin guide shows it: "SHARED - 1011 Kim Walker" under a client. */
    public String lineTitle() {
        return (mobileClient ? "SHARED - " : "") + extension + " " + userName;
    }

    public String lineType() {
        return mobileClient ? "SHARED" : "PRIMARY";
    }
}
