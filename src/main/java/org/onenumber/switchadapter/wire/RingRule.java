package org.onenumber.switchadapter.wire;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * One rule of the subscriber's active rules profile (reference 003, 4.7): a call from one of {@code callers} (any
 * caller when empty), on one of {@code days} (every day when empty), between {@code from} and {@code until} in
 * {@code zone} (all day when both are null; a window past midnight wraps), goes to {@code target} instead of the
 * preferred device. The first rule that matches wins; Forward All and Do Not Disturb still come first.
 * {@code number} is the destination of a NUMBER target and null otherwise.
 */
public record RingRule(String name, List<String> callers, Set<DayOfWeek> days, LocalTime from, LocalTime until,
                       String zone, Target target, String number) {

    public RingRule {
        callers = List.copyOf(callers);
        days = Set.copyOf(days);
        if ((from == null) != (until == null)) {
            throw new IllegalArgumentException("A time window has a start and an end, or neither");
        }
        if ((target == Target.NUMBER) != (number != null)) {
            throw new IllegalArgumentException("Only a NUMBER target has a number");
        }
    }

    public enum Target {
        DESK,
        MOBILE_CLIENT,
        CELL,
        /** Another phone, rung for the subscriber's ring-no-answer time of a custom device. */
        NUMBER,
        VOICEMAIL
    }
}
