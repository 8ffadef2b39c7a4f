package org.onenumber.switchadapter.wire;

/**
 * A device or number a subscriber can be reached on. The address is what identifies it to the switch:
 * a desk phone's MAC, a mobile client's device id (such as FEBC00000027), a cell phone's or an Office
 * Anywhere phone's number.
 */
public record Endpoint(Kind kind, String address) {

    public enum Kind {
        DESK,
        /** The VoIP mobile client; reachable over Wi-Fi or data only while it is registered. */
        MOBILE_CLIENT,
        /** A cellular number; the switch calls it, it never registers. */
        CELL,
        /**
         * An Office Anywhere alternate phone (a landline or wireless number). The switch calls it and it never
         * registers. Only the numbers the user marked Active are sent, so every one a subscriber holds rings
         * with the desk phone; it is also the phone a user calls a portal from and pushes calls to.
         */
        OFFICE_ANYWHERE;

        public boolean registers() {
            return this != CELL && this != OFFICE_ANYWHERE;
        }
    }
}
