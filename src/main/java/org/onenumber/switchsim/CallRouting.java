package org.onenumber.switchsim;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.RingRule;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.RingTimers;
import org.onenumber.switchadapter.wire.RouteStep;
import org.onenumber.switchadapter.wire.RouteStep.Target;
import org.onenumber.switchadapter.wire.RoutingTrace;
import org.onenumber.switchadapter.wire.SubscriberState;

/**
 * Where an unanswered call to a subscriber goes, step by step, following the OpenScape Mobile reference:
 * <ul>
 * <li>Forwarding All sends the call straight on; Do Not Disturb sends it to voicemail. Neither reaches
 * a rule or the preferred device.</li>
 * <li>Then the subscriber's rules (the active rules profile, reference 003, 4.7): the first rule that matches
 * the caller, the day and the time rings its target instead of the preferred device or the main line, for
 * that kind of device's ring timer, and then the call ends. A call no rule matches routes as below.</li>
 * <li>With Mobility, the preferred device decides, and it "has priority over call forwarding": Busy and
 * No Reply forwarding are features of the main line that the preferred device routing supersedes.
 * Auto-Pilot hunts the mobile client first when it is reachable (registered), then the desk phone, then,
 * with Route Calls to Cell on, the cell phone; Work Phone rings the desk phone, Mobile the Wi-Fi client
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
 * Each device rings for the subscriber's own ring timers (OneNumber sends the account's). Desk phones, cell and
 * Office Anywhere numbers ring whenever provisioned; the mobile client rings only while registered, which is how
 * the switch knows it is reachable over Wi-Fi.
 */
public final class CallRouting {

    private final Clock clock;

    /** @param clock tells the day and time the rules' windows are checked against */
    public CallRouting(Clock clock) {
        this.clock = clock;
    }

    /** As {@link #route(String, SubscriberState, String, Predicate, boolean)} for a caller no rule names. */
    public RoutingTrace route(String subscriber, SubscriberState state, Predicate<Endpoint> registered, boolean busy) {
        return route(subscriber, state, null, registered, busy);
    }

    /**
     * @param caller     the calling number (E.164), null when unknown: then only rules for any caller match
     * @param registered tells which endpoints are registered now
     * @param busy       whether the subscriber is already on a call
     */
    public RoutingTrace route(String subscriber, SubscriberState given, String caller, Predicate<Endpoint> registered,
            boolean busy) {
        SubscriberState state = busy && given.ring().simultaneousRingQuietWhenBusy() ? withoutSimultaneousRing(given) : given;
        List<RouteStep> steps = new ArrayList<>();
        CallForwarding forwarding = state.forwarding();
        if (forwarding.all() != null) {
            steps.add(forward(forwarding.all(), 0));
            return new RoutingTrace(subscriber, steps);
        }
        if (state.doNotDisturb()) {
            steps.add(end(state, 0));
            return new RoutingTrace(subscriber, steps);
        }
        Optional<RingRule> rule = state.ring().rules().stream().filter(r -> matches(r, caller)).findFirst();
        if (rule.isPresent()) {
            int elapsed = ruleTarget(rule.get(), state, registered, steps);
            steps.add(end(state, elapsed));
        } else if (state.mobilityEnabled()) {
            int elapsed = preferredDevice(state, registered, steps);
            if (elapsed >= 0) { // a custom device ringing until answered has nothing after it
                steps.add(end(state, elapsed));
            }
        } else {
            mainLine(state, busy, steps);
        }
        return new RoutingTrace(subscriber, steps);
    }

    /**
     * Whether the rule applies to a call from {@code caller} now. Its conditions are checked each on its own
     * against the present moment in the rule's zone, as the rules profile states them: today is one of its
     * days, and the time of day is within its window (from inclusive, until exclusive; a window whose end is
     * before its start runs past midnight; one that ends where it starts is the whole day).
     */
    boolean matches(RingRule rule, String caller) {
        if (!rule.callers().isEmpty() && (caller == null || !rule.callers().contains(caller))) {
            return false;
        }
        ZonedDateTime now = clock.instant().atZone(rule.zone() == null ? ZoneOffset.UTC : ZoneId.of(rule.zone()));
        if (!rule.days().isEmpty() && !rule.days().contains(now.getDayOfWeek())) {
            return false;
        }
        if (rule.from() == null) {
            return true;
        }
        LocalTime time = now.toLocalTime();
        LocalTime from = rule.from();
        LocalTime until = rule.until();
        if (from.equals(until)) {
            return true;
        }
        boolean afterStart = !time.isBefore(from);
        boolean beforeEnd = time.isBefore(until);
        return from.isBefore(until) ? afterStart && beforeEnd : afterStart || beforeEnd;
    }

    /** Rings the rule's target for its timer; returns when that leg ends (at once if there is nothing to ring). */
    private static int ruleTarget(RingRule rule, SubscriberState state, Predicate<Endpoint> registered,
            List<RouteStep> steps) {
        RingTimers timers = state.ring().timers();
        return switch (rule.target()) {
            case DESK -> ringDesk(state, 0, timers.deskSeconds(), steps);
            case MOBILE_CLIENT -> ringAll(reachableClients(state, registered), Target.MOBILE_CLIENT, 0,
                    timers.wifiSeconds(), steps);
            case CELL -> ringAll(state.endpoints(Endpoint.Kind.CELL), Target.CELL, 0, timers.cellSeconds(), steps);
            case NUMBER -> {
                int seconds = state.ring().ringNoAnswerSeconds() > 0 ? state.ring().ringNoAnswerSeconds()
                        : timers.cellSeconds();
                steps.add(RouteStep.ring(Target.NUMBER, rule.number(), 0, seconds));
                yield seconds;
            }
            case VOICEMAIL -> 0;
        };
    }

    /** Rings the preferred device; returns when its leg ends, or -1 for a custom device that rings until answered. */
    private static int preferredDevice(SubscriberState state, Predicate<Endpoint> registered, List<RouteStep> steps) {
        List<Endpoint> reachableClients = reachableClients(state, registered);
        RingSettings ring = state.ring();
        RingTimers timers = ring.timers();
        switch (ring.preferredDevice()) {
            case AUTO_PILOT -> {
                // mobile client first, then desk, then cell, then voicemail (the product's order)
                int t = ringAll(reachableClients, Target.MOBILE_CLIENT, 0, timers.wifiSeconds(), steps);
                t = ringDesk(state, t, timers.deskSeconds(), steps);
                if (ring.routeToCell()) {
                    t = ringAll(state.endpoints(Endpoint.Kind.CELL), Target.CELL, t, timers.cellSeconds(), steps);
                }
                return t;
            }
            case WORK_PHONE -> {
                return ringDesk(state, 0, timers.deskSeconds(), steps);
            }
            case MOBILE -> {
                return ringAll(reachableClients, Target.MOBILE_CLIENT, 0, timers.wifiSeconds(), steps);
            }
            case CUSTOM -> {
                steps.add(RouteStep.ring(Target.CUSTOM, ring.customNumber(), 0, ring.ringNoAnswerSeconds()));
                return ring.ringNoAnswerSeconds() == 0 ? -1 : ring.ringNoAnswerSeconds(); // 0: until answered
            }
            default -> throw new IllegalStateException("Unknown preferred device " + ring.preferredDevice());
        }
    }

    private static void mainLine(SubscriberState state, boolean busy, List<RouteStep> steps) {
        CallForwarding forwarding = state.forwarding();
        if (busy) {
            steps.add(forwarding.busy() != null ? forward(forwarding.busy(), 0) : end(state, 0));
            return;
        }
        boolean noReply = forwarding.noReply() != null;
        int elapsed = ringDesk(state, 0, noReply ? forwarding.noReplySeconds() : state.ring().timers().deskSeconds(),
                steps);
        steps.add(noReply ? forward(forwarding.noReply(), elapsed) : end(state, elapsed));
    }

    private static List<Endpoint> reachableClients(SubscriberState state, Predicate<Endpoint> registered) {
        return state.endpoints(Endpoint.Kind.MOBILE_CLIENT).stream().filter(registered).toList();
    }

    /** "Do not ring if I am on a call": while the subscriber is busy, the Simultaneous Ring numbers stay quiet. */
    private static SubscriberState withoutSimultaneousRing(SubscriberState s) {
        RingSettings r = s.ring();
        RingSettings quiet = new RingSettings(r.preferredDevice(), r.customNumber(), r.ringNoAnswerSeconds(), false,
                List.of(), r.routeToCell(), r.timers(), r.rules(), true);
        return new SubscriberState(s.businessNumber(), s.extension(), s.displayName(), s.mobilityEnabled(), s.endpoints(),
                quiet, s.forwarding(), s.doNotDisturb(), s.voicemail(), s.mobilityExtension(), s.video(), s.account(), s.site(),
                s.mobileApp(), s.pinDigest());
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
