package org.onenumber.switchadapter.wire;

/**
 * A device or number a subscriber can be reached on. The address is what identifies it to the switch:
 * a desk phone's MAC, a mobile client's device id (such as FEBC00000027), a cell phone's number.
 */
public record Endpoint(Kind kind, String address) {

    public enum Kind {
        DESK,
        /** The VoIP mobile client; reachable over Wi-Fi or data only while it is registered. */
        MOBILE_CLIENT,
        /** A cellular number; the switch calls it, it never registers. */
        CELL;

        public boolean registers() {
            return this != CELL;
        }
    }
}
