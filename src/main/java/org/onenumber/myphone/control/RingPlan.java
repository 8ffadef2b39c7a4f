package org.onenumber.myphone.control;

import java.io.Serializable;
import java.util.List;

/**
 * What the switch will do with an incoming call now, second by second, as its own call simulation answered; and
 * whether it already holds the user's latest change ({@code pending} when not).
 */
public record RingPlan(List<Step> steps, boolean pending, String problem) implements Serializable {

    /** One leg: what rings (or what happens at the end), from which second, for how long. */
    public record Step(String what, String address, int from, int seconds, String outcome) implements Serializable {

        public int until() {
            return from + seconds;
        }
    }

    public RingPlan {
        steps = List.copyOf(steps);
    }
}
