package org.onenumber.switchadapter.wire;

import java.util.List;

/**
 * Where calls go first. {@code customNumber} and {@code ringNoAnswerSeconds} matter only for a CUSTOM
 * preferred device; simultaneous ring adds its numbers to every leg that rings the desk phone.
 */
public record RingSettings(
        PreferredDevice preferredDevice,
        String customNumber,
        int ringNoAnswerSeconds,
        boolean simultaneousRing,
        List<String> simultaneousNumbers) {

    public static final int DEFAULT_RING_NO_ANSWER_SECONDS = 15;

    public RingSettings {
        simultaneousNumbers = List.copyOf(simultaneousNumbers);
    }

    public static RingSettings of(PreferredDevice device) {
        return new RingSettings(device, null, DEFAULT_RING_NO_ANSWER_SECONDS, false, List.of());
    }

    public enum PreferredDevice {
        /** The switch hunts the mobile client, the desk phone and the cell phone by itself. */
        AUTO_PILOT,
        WORK_PHONE,
        MOBILE,
        CUSTOM
    }
}
