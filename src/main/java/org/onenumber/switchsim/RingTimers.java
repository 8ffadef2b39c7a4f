package org.onenumber.switchsim;

/**
 * How long Auto-Pilot lets each device ring before trying the next one. The defaults are the reference
 * PBX's (15 s on the Wi-Fi client, 10 s on the desk phone, 15 s on the cell phone); its administrators may
 * change them, so the emulator may too.
 */
public record RingTimers(int wifiSeconds, int deskSeconds, int cellSeconds) {

    public static final RingTimers DEFAULTS = new RingTimers(15, 10, 15);

    public RingTimers {
        if (wifiSeconds < 1 || deskSeconds < 1 || cellSeconds < 1) {
            throw new IllegalArgumentException("Ring timers must be at least one second");
        }
    }
}
