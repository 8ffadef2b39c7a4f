package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onenumber.switchadapter.wire.RouteStep.ring;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.RingRule;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.RingSettings.PreferredDevice;
import org.onenumber.switchadapter.wire.RingTimers;
import org.onenumber.switchadapter.wire.RouteStep;
import org.onenumber.switchadapter.wire.RouteStep.Outcome;
import org.onenumber.switchadapter.wire.RouteStep.Target;
import org.onenumber.switchadapter.wire.SubscriberState;

/**
 * Traces against the reference's default timers (15 s Wi-Fi client, 10 s desk phone, 15 s cell, 12 s No Reply)
 * unless a test gives the subscriber others; rules are checked on Monday 2 March 2026 at 10:00 UTC unless a test
 * sets another moment.
 */
class CallRoutingTest {

    private static final Predicate<Endpoint> ON_WIFI = e -> true;
    private static final Predicate<Endpoint> OFF_WIFI = e -> e.kind() != Endpoint.Kind.MOBILE_CLIENT;
    private static final SubscriberState ADA = Subscribers.station("+15615550100");
    private static final String MAC = Subscribers.DESK_MAC;
    private static final String CLIENT = Subscribers.CLIENT_ID;
    private static final String CELL = Subscribers.CELL;
    private static final String BOSS = "+12125550100";
    private static final String STRANGER = "+13125550199";
    private static final Instant MONDAY_TEN_UTC = Instant.parse("2026-03-02T10:00:00Z");

    private final CallRouting routing = routingAt(MONDAY_TEN_UTC);

    private List<RouteStep> trace(SubscriberState state, Predicate<Endpoint> registered) {
        return routing.route("ada", state, registered, false).steps();
    }

    @Test
    void autoPilotOnWifiRingsTheClientThenTheDeskThenTheCellThenVoicemail() {
        assertEquals(List.of(ring(Target.MOBILE_CLIENT, CLIENT, 0, 15), ring(Target.DESK, MAC, 15, 10),
                ring(Target.CELL, CELL, 25, 15), voicemailAt(40)), trace(ADA, ON_WIFI));
    }

    @Test
    void autoPilotOffWifiRingsTheDeskThenTheCellThenVoicemail() {
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), ring(Target.CELL, CELL, 10, 15), voicemailAt(25)),
                trace(ADA, OFF_WIFI));
    }

    @Test
    void theSubscribersOwnTimersAreUsed() {
        SubscriberState slow = Subscribers.with(ADA, autoPilot(true, new RingTimers(20, 5, 30)));
        assertEquals(List.of(ring(Target.MOBILE_CLIENT, CLIENT, 0, 20), ring(Target.DESK, MAC, 20, 5),
                ring(Target.CELL, CELL, 25, 30), voicemailAt(55)), trace(slow, ON_WIFI));
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 5), ring(Target.CELL, CELL, 5, 30), voicemailAt(35)),
                trace(slow, OFF_WIFI));
    }

    @Test
    void twoSubscribersRingForTheirOwnTimersOnTheSameSwitch() {
        SubscriberState quick = Subscribers.with(ADA, autoPilot(true, new RingTimers(5, 5, 5)));
        assertEquals(voicemailAt(15), routing.route("ada", quick, ON_WIFI, false).last());
        assertEquals(voicemailAt(40), routing.route("ada", ADA, ON_WIFI, false).last());
    }

    @Test
    void withRouteCallsToCellOffAutoPilotEndsAfterTheDesk() {
        SubscriberState noCell = Subscribers.with(ADA, autoPilot(false, RingTimers.DEFAULTS));
        assertEquals(List.of(ring(Target.MOBILE_CLIENT, CLIENT, 0, 15), ring(Target.DESK, MAC, 15, 10),
                voicemailAt(25)), trace(noCell, ON_WIFI));
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), voicemailAt(10)), trace(noCell, OFF_WIFI));
    }

    @Test
    void withoutACellPhoneAutoPilotEndsAfterTheDesk() {
        SubscriberState noCell = Subscribers.withoutCell(ADA);
        assertEquals(List.of(ring(Target.MOBILE_CLIENT, CLIENT, 0, 15), ring(Target.DESK, MAC, 15, 10),
                voicemailAt(25)), trace(noCell, ON_WIFI));
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), voicemailAt(10)), trace(noCell, OFF_WIFI));
    }

    @Test
    void workPhoneAndMobileUseTheSubscribersTimers() {
        RingTimers timers = new RingTimers(20, 7, 30);
        SubscriberState desk = Subscribers.with(ADA, withTimers(RingSettings.of(PreferredDevice.WORK_PHONE), timers));
        SubscriberState mobile = Subscribers.with(ADA, withTimers(RingSettings.of(PreferredDevice.MOBILE), timers));
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 7), voicemailAt(7)), trace(desk, ON_WIFI));
        assertEquals(List.of(ring(Target.MOBILE_CLIENT, CLIENT, 0, 20), voicemailAt(20)), trace(mobile, ON_WIFI));
    }

    @Test
    void workPhoneRingsOnlyTheDesk() {
        SubscriberState state = Subscribers.with(ADA, RingSettings.of(PreferredDevice.WORK_PHONE));
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), voicemailAt(10)), trace(state, ON_WIFI));
    }

    @Test
    void mobileRingsTheReachableClientOnly() {
        SubscriberState state = Subscribers.with(ADA, RingSettings.of(PreferredDevice.MOBILE));
        assertEquals(List.of(ring(Target.MOBILE_CLIENT, CLIENT, 0, 15), voicemailAt(15)), trace(state, ON_WIFI));
    }

    @Test
    void mobileGoesStraightToVoicemailWhenTheClientIsNotReachable() {
        SubscriberState state = Subscribers.with(ADA, RingSettings.of(PreferredDevice.MOBILE));
        assertEquals(List.of(voicemailAt(0)), trace(state, OFF_WIFI));
    }

    @Test
    void customRingsItsNumberForItsRingNoAnswerTime() {
        SubscriberState state = Subscribers.with(ADA,
                new RingSettings(PreferredDevice.CUSTOM, "+15615550777", 25, false, List.of()));
        assertEquals(List.of(ring(Target.CUSTOM, "+15615550777", 0, 25), voicemailAt(25)), trace(state, ON_WIFI));
    }

    @Test
    void forwardingAllGoesStraightToTheDestination() {
        SubscriberState state = Subscribers.with(ADA, CallForwarding.all("+15615550222"));
        assertEquals(List.of(new RouteStep(Target.FORWARD, "+15615550222", 0, 0, Outcome.FORWARDED)),
                trace(state, ON_WIFI));
    }

    @Test
    void forwardingAllWinsOverDoNotDisturb() {
        SubscriberState state = Subscribers.doNotDisturb(Subscribers.with(ADA, CallForwarding.all("+15615550222")));
        assertEquals(Target.FORWARD, routing.route("ada", state, ON_WIFI, false).last().target());
    }

    @Test
    void doNotDisturbGoesToVoicemail() {
        assertEquals(List.of(voicemailAt(0)), trace(Subscribers.doNotDisturb(ADA), ON_WIFI));
    }

    @Test
    void withoutVoicemailAnUnansweredCallIsReleased() {
        assertEquals(new RouteStep(Target.RELEASE, null, 40, 0, Outcome.RELEASED),
                routing.route("ada", Subscribers.withoutVoicemail(ADA), ON_WIFI, false).last());
    }

    @Test
    void noReplyForwardsAfterTwelveSecondsOnTheMainLine() {
        SubscriberState state = Subscribers.withoutMobility(Subscribers.with(ADA, CallForwarding.noReply("+15615550333",
                CallForwarding.DEFAULT_NO_REPLY_SECONDS)));
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 12),
                new RouteStep(Target.FORWARD, "+15615550333", 12, 0, Outcome.FORWARDED)), trace(state, ON_WIFI));
    }

    @Test
    void noReplyUsesTheConfiguredTime() {
        SubscriberState state = Subscribers.withoutMobility(Subscribers.with(ADA, CallForwarding.noReply("+15615550333", 20)));
        assertEquals(new RouteStep(Target.FORWARD, "+15615550333", 20, 0, Outcome.FORWARDED),
                routing.route("ada", state, ON_WIFI, false).last());
    }

    @Test
    void preferredDeviceRoutingHasPriorityOverNoReplyForwarding() {
        SubscriberState state = Subscribers.with(ADA, CallForwarding.noReply("+15615550333", 12));
        assertEquals(trace(ADA, ON_WIFI), trace(state, ON_WIFI));
    }

    @Test
    void busyForwardingTakesTheCallAtOnceWhileOnACall() {
        SubscriberState state = Subscribers.withoutMobility(Subscribers.with(ADA, CallForwarding.busy("+15615550444")));
        assertEquals(List.of(new RouteStep(Target.FORWARD, "+15615550444", 0, 0, Outcome.FORWARDED)),
                routing.route("ada", state, ON_WIFI, true).steps());
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), voicemailAt(10)), trace(state, ON_WIFI));
    }

    @Test
    void simultaneousRingRingsTheNumbersTogetherWithTheDesk() {
        SubscriberState state = Subscribers.with(ADA, new RingSettings(PreferredDevice.AUTO_PILOT, null, 15, true,
                List.of("+15615550111", "+15615550112")));
        assertEquals(List.of(ring(Target.MOBILE_CLIENT, CLIENT, 0, 15), ring(Target.DESK, MAC, 15, 10),
                ring(Target.NUMBER, "+15615550111", 15, 10), ring(Target.NUMBER, "+15615550112", 15, 10),
                ring(Target.CELL, CELL, 25, 15), voicemailAt(40)), trace(state, ON_WIFI));
    }

    @Test
    void simultaneousRingNumbersStayQuietWhileTheSubscriberIsOnACallWhenTheyAskedSo() {
        RingSettings quiet = new RingSettings(PreferredDevice.WORK_PHONE, null, 15, true, List.of("+15615550111"), true,
                RingTimers.DEFAULTS, List.of(), true);
        SubscriberState state = Subscribers.with(ADA, quiet);
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), ring(Target.NUMBER, "+15615550111", 0, 10), voicemailAt(10)),
                routing.route("ada", state, ON_WIFI, false).steps(), "free: the numbers ring with the desk phone");
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), voicemailAt(10)), routing.route("ada", state, ON_WIFI, true).steps(),
                "on a call: only the desk phone");
        SubscriberState ringing = Subscribers.with(ADA, new RingSettings(PreferredDevice.WORK_PHONE, null, 15, true,
                List.of("+15615550111")));
        assertEquals(3, routing.route("ada", ringing, ON_WIFI, true).steps().size(), "not asked: they ring on a call too");
    }

    @Test
    void simultaneousRingWithoutMobilityRingsDeskAndNumbersTogether() {
        SubscriberState state = Subscribers.withoutMobility(Subscribers.with(ADA,
                new RingSettings(PreferredDevice.AUTO_PILOT, null, 15, true, List.of("+15615550111"))));
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), ring(Target.NUMBER, "+15615550111", 0, 10),
                voicemailAt(10)), trace(state, ON_WIFI));
    }

    @Test
    void officeAnywhereNumbersRingTogetherWithTheDeskInTheFirstStep() {
        SubscriberState grace = Subscribers.officeAnywhere("+15615550103", MAC, Subscribers.ACCOUNT, Subscribers.SITE,
                Subscribers.OA_WIRELESS, Subscribers.OA_LANDLINE);
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), ring(Target.OFFICE_ANYWHERE, Subscribers.OA_WIRELESS, 0, 10),
                ring(Target.OFFICE_ANYWHERE, Subscribers.OA_LANDLINE, 0, 10), voicemailAt(10)), trace(grace, OFF_WIFI));
    }

    @Test
    void officeAnywhereNumbersFollowTheMainLinesNoReplyTimer() {
        SubscriberState grace = Subscribers.with(Subscribers.officeAnywhere("+15615550103", MAC, null, null,
                Subscribers.OA_WIRELESS), CallForwarding.noReply("+15615550333", 20));
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 20), ring(Target.OFFICE_ANYWHERE, Subscribers.OA_WIRELESS, 0, 20),
                new RouteStep(Target.FORWARD, "+15615550333", 20, 0, Outcome.FORWARDED)), trace(grace, ON_WIFI));
    }

    @Test
    void officeAnywhereNumbersRingEvenWithoutADeskPhone() {
        SubscriberState noDesk = new SubscriberState("+15615550103", "1003", "Grace", false,
                List.of(new Endpoint(Endpoint.Kind.OFFICE_ANYWHERE, Subscribers.OA_WIRELESS)),
                RingSettings.of(PreferredDevice.AUTO_PILOT), CallForwarding.NONE, false, true);
        assertEquals(List.of(ring(Target.OFFICE_ANYWHERE, Subscribers.OA_WIRELESS, 0, 10), voicemailAt(10)),
                trace(noDesk, ON_WIFI));
    }

    @Test
    void officeAnywhereLeavesMobilityOrderAsItWasAndJoinsTheDeskLeg() {
        SubscriberState both = Subscribers.withOfficeAnywhere(ADA, Subscribers.OA_WIRELESS);
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), ring(Target.OFFICE_ANYWHERE, Subscribers.OA_WIRELESS, 0, 10),
                ring(Target.CELL, CELL, 10, 15), voicemailAt(25)), trace(both, OFF_WIFI));
        assertEquals(List.of(ring(Target.MOBILE_CLIENT, CLIENT, 0, 15), ring(Target.DESK, MAC, 15, 10),
                ring(Target.OFFICE_ANYWHERE, Subscribers.OA_WIRELESS, 15, 10), ring(Target.CELL, CELL, 25, 15),
                voicemailAt(40)), trace(both, ON_WIFI));
    }

    @Test
    void officeAnywhereNumbersDoNotRingWhenTheCallNeverReachesTheUser() {
        SubscriberState grace = Subscribers.officeAnywhere("+15615550103", MAC, null, null, Subscribers.OA_WIRELESS);
        assertEquals(List.of(voicemailAt(0)), trace(Subscribers.doNotDisturb(grace), ON_WIFI));
        assertEquals(List.of(new RouteStep(Target.FORWARD, "+15615550222", 0, 0, Outcome.FORWARDED)),
                trace(Subscribers.with(grace, CallForwarding.all("+15615550222")), ON_WIFI));
    }

    // Rules: after Forward All and Do Not Disturb, before the preferred device or the main line.

    @Test
    void aRuleForACallerSendsTheirCallsToItsTargetAndOthersRouteAsBefore() {
        SubscriberState state = withRules(ADA, rule(List.of(BOSS), RingRule.Target.CELL));
        assertEquals(List.of(ring(Target.CELL, CELL, 0, 15), voicemailAt(15)), trace(state, BOSS, ON_WIFI));
        assertEquals(trace(ADA, ON_WIFI), trace(state, STRANGER, ON_WIFI));
        assertEquals(trace(ADA, ON_WIFI), trace(state, null, ON_WIFI), "an unknown caller is none of the callers");
    }

    @Test
    void aRuleWithoutCallersMatchesEveryCaller() {
        SubscriberState state = withRules(ADA, rule(List.of(), RingRule.Target.DESK));
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), voicemailAt(10)), trace(state, STRANGER, ON_WIFI));
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), voicemailAt(10)), trace(state, null, ON_WIFI));
    }

    @Test
    void theFirstMatchingRuleDecides() {
        SubscriberState state = withRules(ADA, rule(List.of(STRANGER), RingRule.Target.DESK),
                rule(List.of(BOSS), RingRule.Target.VOICEMAIL), rule(List.of(), RingRule.Target.CELL));
        assertEquals(List.of(voicemailAt(0)), trace(state, BOSS, ON_WIFI));
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), voicemailAt(10)), trace(state, STRANGER, ON_WIFI));
        assertEquals(List.of(ring(Target.CELL, CELL, 0, 15), voicemailAt(15)), trace(state, "+14155550100", ON_WIFI));
    }

    @Test
    void aRuleAppliesOnItsDaysOnly() {
        SubscriberState weekdays = withRules(ADA, new RingRule("Weekdays", List.of(), Set.of(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY), null, null, null, RingRule.Target.VOICEMAIL, null));
        assertEquals(List.of(voicemailAt(0)), trace(weekdays, STRANGER, ON_WIFI), "Monday");
        CallRouting tuesday = routingAt(Instant.parse("2026-03-03T10:00:00Z"));
        assertEquals(trace(ADA, ON_WIFI), tuesday.route("ada", weekdays, STRANGER, ON_WIFI, false).steps());
    }

    @Test
    void aRuleAppliesWithinItsHoursInItsZone() {
        SubscriberState office = withRules(ADA, window(LocalTime.of(9, 0), LocalTime.of(17, 0), "America/New_York"));
        // 10:00 UTC is 05:00 in New York (winter time)
        assertEquals(trace(ADA, ON_WIFI), trace(office, STRANGER, ON_WIFI));
        assertEquals(List.of(voicemailAt(0)), routeAt("2026-03-02T14:00:00Z", office), "09:00 in New York");
        assertEquals(List.of(voicemailAt(0)), routeAt("2026-03-02T21:59:59Z", office), "16:59:59 in New York");
        assertEquals(trace(ADA, ON_WIFI), routeAt("2026-03-02T22:00:00Z", office), "17:00 is past the window");
        SubscriberState utc = withRules(ADA, window(LocalTime.of(9, 0), LocalTime.of(17, 0), null));
        assertEquals(List.of(voicemailAt(0)), trace(utc, STRANGER, ON_WIFI), "no zone: UTC, and 10:00 is within");
    }

    @Test
    void aWindowEndingBeforeItStartsRunsPastMidnight() {
        SubscriberState night = withRules(ADA, window(LocalTime.of(22, 0), LocalTime.of(6, 0), "Europe/Berlin"));
        // Berlin is UTC+1 in March before the change to summer time
        assertEquals(List.of(voicemailAt(0)), routeAt("2026-03-02T21:00:00Z", night), "22:00 in Berlin");
        assertEquals(List.of(voicemailAt(0)), routeAt("2026-03-02T23:30:00Z", night), "00:30 in Berlin");
        assertEquals(List.of(voicemailAt(0)), routeAt("2026-03-03T04:59:00Z", night), "05:59 in Berlin");
        assertEquals(trace(ADA, ON_WIFI), routeAt("2026-03-03T05:00:00Z", night), "06:00 in Berlin");
        assertEquals(trace(ADA, ON_WIFI), routeAt("2026-03-02T20:59:00Z", night), "21:59 in Berlin");
        assertEquals(trace(ADA, ON_WIFI), routeAt("2026-03-02T12:00:00Z", night), "midday");
    }

    @Test
    void theDayAndTheWindowAreEachCheckedAtTheMomentOfTheCall() {
        SubscriberState mondayNight = withRules(ADA, new RingRule("Monday night", List.of(), Set.of(DayOfWeek.MONDAY),
                LocalTime.of(22, 0), LocalTime.of(6, 0), null, RingRule.Target.VOICEMAIL, null));
        assertEquals(List.of(voicemailAt(0)), routeAt("2026-03-02T23:00:00Z", mondayNight), "Monday 23:00");
        assertEquals(trace(ADA, ON_WIFI), routeAt("2026-03-03T01:00:00Z", mondayNight), "Tuesday 01:00 is Tuesday");
    }

    @Test
    void aVoicemailRuleGoesStraightToTheEnd() {
        SubscriberState state = withRules(ADA, rule(List.of(BOSS), RingRule.Target.VOICEMAIL));
        assertEquals(List.of(voicemailAt(0)), trace(state, BOSS, ON_WIFI));
        assertEquals(List.of(new RouteStep(Target.RELEASE, null, 0, 0, Outcome.RELEASED)),
                trace(Subscribers.withoutVoicemail(state), BOSS, ON_WIFI));
    }

    @Test
    void aNumberRuleRingsItsNumberForTheRingNoAnswerTimeOrElseTheCellTimer() {
        RingRule toAssistant = new RingRule("Assistant", List.of(BOSS), Set.of(), null, null, null,
                RingRule.Target.NUMBER, "+15615550777");
        SubscriberState state = Subscribers.with(ADA, new RingSettings(PreferredDevice.AUTO_PILOT, null, 25, false,
                List.of(), true, RingTimers.DEFAULTS, List.of(toAssistant)));
        assertEquals(List.of(ring(Target.NUMBER, "+15615550777", 0, 25), voicemailAt(25)), trace(state, BOSS, ON_WIFI));
        SubscriberState untilAnswered = Subscribers.with(ADA, new RingSettings(PreferredDevice.AUTO_PILOT, null, 0,
                false, List.of(), true, new RingTimers(15, 10, 20), List.of(toAssistant)));
        assertEquals(List.of(ring(Target.NUMBER, "+15615550777", 0, 20), voicemailAt(20)),
                trace(untilAnswered, BOSS, ON_WIFI));
    }

    @Test
    void aMobileClientRuleRingsTheReachableClientOrGoesStraightToTheEnd() {
        SubscriberState state = withRules(ADA, rule(List.of(), RingRule.Target.MOBILE_CLIENT));
        assertEquals(List.of(ring(Target.MOBILE_CLIENT, CLIENT, 0, 15), voicemailAt(15)), trace(state, BOSS, ON_WIFI));
        assertEquals(List.of(voicemailAt(0)), trace(state, BOSS, OFF_WIFI));
    }

    @Test
    void aDeskRuleRingsTheOfficeAnywhereAndSimultaneousRingNumbersAlongside() {
        SubscriberState state = Subscribers.withOfficeAnywhere(Subscribers.with(ADA,
                new RingSettings(PreferredDevice.MOBILE, null, 15, true, List.of("+15615550111"), true,
                        new RingTimers(15, 8, 15), List.of(rule(List.of(), RingRule.Target.DESK)))),
                Subscribers.OA_WIRELESS);
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 8), ring(Target.OFFICE_ANYWHERE, Subscribers.OA_WIRELESS, 0, 8),
                ring(Target.NUMBER, "+15615550111", 0, 8), voicemailAt(8)), trace(state, BOSS, ON_WIFI));
    }

    @Test
    void aCellRuleRingsTheCellEvenWithRouteCallsToCellOff() {
        SubscriberState state = Subscribers.with(ADA, new RingSettings(PreferredDevice.AUTO_PILOT, null, 15, false,
                List.of(), false, new RingTimers(15, 10, 12), List.of(rule(List.of(BOSS), RingRule.Target.CELL))));
        assertEquals(List.of(ring(Target.CELL, CELL, 0, 12), voicemailAt(12)), trace(state, BOSS, OFF_WIFI));
    }

    @Test
    void rulesApplyToTheMainLineToo() {
        SubscriberState state = Subscribers.withoutMobility(Subscribers.with(
                withRules(ADA, rule(List.of(BOSS), RingRule.Target.CELL)), CallForwarding.noReply("+15615550333", 20)));
        assertEquals(List.of(ring(Target.CELL, CELL, 0, 15), voicemailAt(15)), trace(state, BOSS, ON_WIFI));
        assertEquals(Target.FORWARD, routing.route("ada", state, STRANGER, ON_WIFI, false).last().target());
    }

    @Test
    void forwardAllAndDoNotDisturbStillWinOverARule() {
        SubscriberState state = withRules(ADA, rule(List.of(BOSS), RingRule.Target.CELL));
        assertEquals(List.of(new RouteStep(Target.FORWARD, "+15615550222", 0, 0, Outcome.FORWARDED)),
                trace(Subscribers.with(state, CallForwarding.all("+15615550222")), BOSS, ON_WIFI));
        assertEquals(List.of(voicemailAt(0)), trace(Subscribers.doNotDisturb(state), BOSS, ON_WIFI));
    }

    private List<RouteStep> trace(SubscriberState state, String caller, Predicate<Endpoint> registered) {
        return routing.route("ada", state, caller, registered, false).steps();
    }

    private static List<RouteStep> routeAt(String instant, SubscriberState state) {
        return routingAt(Instant.parse(instant)).route("ada", state, STRANGER, ON_WIFI, false).steps();
    }

    private static CallRouting routingAt(Instant instant) {
        return new CallRouting(Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static RingSettings autoPilot(boolean routeToCell, RingTimers timers) {
        return new RingSettings(PreferredDevice.AUTO_PILOT, null, 15, false, List.of(), routeToCell, timers, List.of());
    }

    private static RingSettings withTimers(RingSettings ring, RingTimers timers) {
        return ring.withTimers(timers);
    }

    private static SubscriberState withRules(SubscriberState s, RingRule... rules) {
        RingSettings ring = s.ring();
        return Subscribers.with(s, new RingSettings(ring.preferredDevice(), ring.customNumber(),
                ring.ringNoAnswerSeconds(), ring.simultaneousRing(), ring.simultaneousNumbers(), ring.routeToCell(),
                ring.timers(), List.of(rules)));
    }

    private static RingRule rule(List<String> callers, RingRule.Target target) {
        return new RingRule("rule", callers, Set.of(), null, null, null, target, null);
    }

    private static RingRule window(LocalTime from, LocalTime until, String zone) {
        return new RingRule("window", List.of(), Set.of(), from, until, zone, RingRule.Target.VOICEMAIL, null);
    }

    private static RouteStep voicemailAt(int second) {
        return new RouteStep(Target.VOICEMAIL, null, second, 0, Outcome.VOICEMAIL);
    }
}
