package org.onenumber.anywhere.control;

import java.io.Serializable;
import java.util.List;

/**
 * The guide's five prerequisites of Office Anywhere for one site, each met or not, with what to do next when it is
 * not. Ready when all five are met.
 */
public record Readiness(long siteId, List<Condition> conditions) implements Serializable {

    public record Condition(String key, String title, boolean met, String nextStep) implements Serializable {
    }

    public Readiness {
        conditions = List.copyOf(conditions);
    }

    public boolean ready() {
        return conditions.stream().allMatch(Condition::met);
    }
}
