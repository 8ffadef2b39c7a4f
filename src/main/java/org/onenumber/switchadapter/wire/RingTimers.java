package org.onenumber.switchadapter.wire;

/**
 * How long Auto-Pilot lets each kind of device ring before it tries the next (reference 003, 5.2: 15 s on the Wi-Fi
 * client, 10 s on the desk phone, 15 s on the cell phone by default). Administrators set them per account; the
 * switch applies a subscriber's own.
 */
public record RingTimers(int wifiSeconds, int deskSeconds, int cellSeconds) {

    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 60;
    public static final RingTimers DEFAULTS = new RingTimers(15, 10, 15);

    public RingTimers {
        if (wifiSeconds < 1 || deskSeconds < 1 || cellSeconds < 1) {
            throw new IllegalArgumentException("Ring timers must be at least one second");
        }
    }
}
