package org.onenumber.switchsim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.RouteStep;
import org.onenumber.switchadapter.wire.RouteStep.Target;
import org.onenumber.switchadapter.wire.RoutingTrace;
import org.onenumber.switchadapter.wire.SubscriberState;

/**
 * Where an unanswered call to a subscriber goes, step by step, following the OpenScape Mobile reference:
 * <ul>
 * <li>Forwarding All sends the call straight on; Do Not Disturb sends it to voicemail. Neither reaches
 * the preferred device.</li>
 * <li>With Mobility, the preferred device decides, and it "has priority over call forwarding": Busy and
 * No Reply forwarding are features of the main line that the preferred device routing supersedes.
 * Auto-Pilot rings the Wi-Fi client first when it is reachable (registered), then the desk phone; when it is
 * not, the desk phone first, then the cell phone. Work Phone rings the desk phone, Mobile the Wi-Fi client
 * (if reachable), Custom its number for its ring-no-answer time.</li>
 * <li>Without Mobility the main line rings the desk phone; No Reply forwarding takes the call after its
 * timer (12 s by default), Busy forwarding takes it at once while the subscriber is on a call.</li>
 * <li>Office Anywhere numbers ring together with the desk phone on every leg that rings it: with the main
 * line (and Work Phone, or Auto-Pilot off Wi-Fi) that is the first step. Only the numbers the user marked
 * Active are provisioned, so each one rings. Office Anywhere replaces Mobility rather than joining it (the
 * reference allows one or the other), so Mobility's own order is left as it was.</li>
 * <li>Simultaneous ring adds its numbers to every desk phone leg, ringing together with the desk phone.</li>
 * <li>At the end: voicemail if the subscriber has it, else the call is released.</li>
 * </ul>
 * Desk phones, cell and Office Anywhere numbers ring whenever provisioned; the mobile client rings only while
 * registered, which is how the switch knows it is reachable over Wi-Fi.
 */
public final class CallRouting {

    private final RingTimers timers;

    public CallRouting(RingTimers timers) {
        this.timers = timers;
    }

    /**
     * @param registered tells which endpoints are registered now
     * @param busy       whether the subscriber is already on a call
     */
    public RoutingTrace route(String subscriber, SubscriberState state, Predicate<Endpoint> registered, boolean busy) {
        List<RouteStep> steps = new ArrayList<>();
        CallForwarding forwarding = state.forwarding();
        if (forwarding.all() != null) {
            steps.add(forward(forwarding.all(), 0));
        } else if (state.doNotDisturb()) {
            steps.add(end(state, 0));
        } else if (state.mobilityEnabled()) {
            int elapsed = preferredDevice(state, registered, steps);
            steps.add(end(state, elapsed));
        } else {
            mainLine(state, busy, steps);
        }
        return new RoutingTrace(subscriber, steps);
    }

    private int preferredDevice(SubscriberState state, Predicate<Endpoint> registered, List<RouteStep> steps) {
        List<Endpoint> reachableClients = state.endpoints(Endpoint.Kind.MOBILE_CLIENT).stream()
                .filter(registered).toList();
        RingSettings ring = state.ring();
        switch (ring.preferredDevice()) {
            case AUTO_PILOT -> {
                if (!reachableClients.isEmpty()) {
                    int t = ringAll(reachableClients, Target.MOBILE_CLIENT, 0, timers.wifiSeconds(), steps);
                    return ringDesk(state, t, timers.deskSeconds(), steps);
                }
                int t = ringDesk(state, 0, timers.deskSeconds(), steps);
                return ringAll(state.endpoints(Endpoint.Kind.CELL), Target.CELL, t, timers.cellSeconds(), steps);
            }
            case WORK_PHONE -> {
                return ringDesk(state, 0, timers.deskSeconds(), steps);
            }
            case MOBILE -> {
                return ringAll(reachableClients, Target.MOBILE_CLIENT, 0, timers.wifiSeconds(), steps);
            }
            case CUSTOM -> {
                steps.add(RouteStep.ring(Target.CUSTOM, ring.customNumber(), 0, ring.ringNoAnswerSeconds()));
                return ring.ringNoAnswerSeconds();
            }
            default -> throw new IllegalStateException("Unknown preferred device " + ring.preferredDevice());
        }
    }

    private void mainLine(SubscriberState state, boolean busy, List<RouteStep> steps) {
        CallForwarding forwarding = state.forwarding();
        if (busy) {
            steps.add(forwarding.busy() != null ? forward(forwarding.busy(), 0) : end(state, 0));
            return;
        }
        boolean noReply = forwarding.noReply() != null;
        int elapsed = ringDesk(state, 0, noReply ? forwarding.noReplySeconds() : timers.deskSeconds(), steps);
        steps.add(noReply ? forward(forwarding.noReply(), elapsed) : end(state, elapsed));
    }

    /**
     * Rings the desk phones with the Office Anywhere and simultaneous ring numbers alongside; returns when the
     * leg ends.
     */
    private static int ringDesk(SubscriberState state, int start, int seconds, List<RouteStep> steps) {
        int end = ringAll(state.endpoints(Endpoint.Kind.DESK), Target.DESK, start, seconds, steps);
        end = Math.max(end, ringAll(state.endpoints(Endpoint.Kind.OFFICE_ANYWHERE), Target.OFFICE_ANYWHERE, start,
                seconds, steps));
        RingSettings ring = state.ring();
        if (ring.simultaneousRing() && !ring.simultaneousNumbers().isEmpty()) {
            ring.simultaneousNumbers().forEach(n -> steps.add(RouteStep.ring(Target.NUMBER, n, start, seconds)));
            end = start + seconds;
        }
        return end;
    }

    /** Rings the endpoints together; returns when the leg ends (at once when there is nothing to ring). */
    private static int ringAll(List<Endpoint> endpoints, Target target, int start, int seconds, List<RouteStep> steps) {
        endpoints.forEach(e -> steps.add(RouteStep.ring(target, e.address(), start, seconds)));
        return endpoints.isEmpty() ? start : start + seconds;
    }

    private static RouteStep forward(String destination, int at) {
        return new RouteStep(Target.FORWARD, destination, at, 0, RouteStep.Outcome.FORWARDED);
    }

    private static RouteStep end(SubscriberState state, int at) {
        return state.voicemail()
                ? new RouteStep(Target.VOICEMAIL, null, at, 0, RouteStep.Outcome.VOICEMAIL)
                : new RouteStep(Target.RELEASE, null, at, 0, RouteStep.Outcome.RELEASED);
    }
}
