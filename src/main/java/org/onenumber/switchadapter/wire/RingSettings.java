package org.onenumber.switchadapter.wire;

import java.util.List;

/**
 * Where calls go first. {@code customNumber} and {@code ringNoAnswerSeconds} matter only for a CUSTOM
 * preferred device (0 seconds: it rings until answered); simultaneous ring adds its numbers to every leg that rings
 * the desk phone. {@code routeToCell} lets Auto-Pilot ring the cell phone after the desk phone; {@code timers} are
 * how long Auto-Pilot rings each kind of device; {@code rules} is the active rules profile, first match wins;
 * {@code simultaneousRingQuietWhenBusy}: the Simultaneous Ring numbers do not ring while the subscriber is on a call.
 */
public record RingSettings(
        PreferredDevice preferredDevice,
        String customNumber,
        int ringNoAnswerSeconds,
        boolean simultaneousRing,
        List<String> simultaneousNumbers,
        boolean routeToCell,
        RingTimers timers,
        List<RingRule> rules,
        boolean simultaneousRingQuietWhenBusy) {

    public static final int DEFAULT_RING_NO_ANSWER_SECONDS = 15;

    public RingSettings {
        simultaneousNumbers = List.copyOf(simultaneousNumbers);
        rules = List.copyOf(rules);
        timers = timers == null ? RingTimers.DEFAULTS : timers;
    }

    /** Simultaneous Ring numbers ring whether or not the subscriber is on a call. */
    public RingSettings(PreferredDevice preferredDevice, String customNumber, int ringNoAnswerSeconds,
                        boolean simultaneousRing, List<String> simultaneousNumbers, boolean routeToCell, RingTimers timers,
                        List<RingRule> rules) {
        this(preferredDevice, customNumber, ringNoAnswerSeconds, simultaneousRing, simultaneousNumbers, routeToCell, timers,
                rules, false);
    }

    /** Cell phone routed to, default timers, no rules. */
    public RingSettings(PreferredDevice preferredDevice, String customNumber, int ringNoAnswerSeconds,
                        boolean simultaneousRing, List<String> simultaneousNumbers) {
        this(preferredDevice, customNumber, ringNoAnswerSeconds, simultaneousRing, simultaneousNumbers, true,
                RingTimers.DEFAULTS, List.of());
    }

    public static RingSettings of(PreferredDevice device) {
        return new RingSettings(device, null, DEFAULT_RING_NO_ANSWER_SECONDS, false, List.of());
    }

    /** The same settings with the account's ring timers. */
    public RingSettings withTimers(RingTimers accountTimers) {
        return new RingSettings(preferredDevice, customNumber, ringNoAnswerSeconds, simultaneousRing,
                simultaneousNumbers, routeToCell, accountTimers, rules, simultaneousRingQuietWhenBusy);
    }

    public enum PreferredDevice {
        /** The switch hunts the mobile client, the desk phone and the cell phone by itself. */
        AUTO_PILOT,
        WORK_PHONE,
        MOBILE,
        CUSTOM
    }
}
