package org.onenumber.switchadapter.wire;

import java.util.List;

/**
 * How the switch would route a call to {@code subscriber} if nobody answered: the ring steps in order, then
 * one final step (voicemail, forward or release). Steps that ring together share a start second.
 */
public record RoutingTrace(String subscriber, List<RouteStep> steps) implements ResponseBody {

    public RoutingTrace {
        steps = List.copyOf(steps);
    }

    public RouteStep last() {
        return steps.get(steps.size() - 1);
    }
}
