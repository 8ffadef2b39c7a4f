package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onenumber.switchadapter.wire.RouteStep.ring;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.RingSettings.PreferredDevice;
import org.onenumber.switchadapter.wire.RouteStep;
import org.onenumber.switchadapter.wire.RouteStep.Outcome;
import org.onenumber.switchadapter.wire.RouteStep.Target;
import org.onenumber.switchadapter.wire.SubscriberState;

/** Traces against the reference's timers: 15 s Wi-Fi client, 10 s desk phone, 15 s cell, 12 s No Reply. */
class CallRoutingTest {

    private static final Predicate<Endpoint> ON_WIFI = e -> true;
    private static final Predicate<Endpoint> OFF_WIFI = e -> e.kind() != Endpoint.Kind.MOBILE_CLIENT;
    private static final SubscriberState ADA = Subscribers.station("+15615550100");
    private static final String MAC = Subscribers.DESK_MAC;
    private static final String CLIENT = Subscribers.CLIENT_ID;
    private static final String CELL = Subscribers.CELL;

    private final CallRouting routing = new CallRouting(RingTimers.DEFAULTS);

    private List<RouteStep> trace(SubscriberState state, Predicate<Endpoint> registered) {
        return routing.route("ada", state, registered, false).steps();
    }

    @Test
    void autoPilotOnWifiRingsTheClientThenTheDeskThenVoicemail() {
        assertEquals(List.of(ring(Target.MOBILE_CLIENT, CLIENT, 0, 15), ring(Target.DESK, MAC, 15, 10),
                voicemailAt(25)), trace(ADA, ON_WIFI));
    }

    @Test
    void autoPilotOffWifiRingsTheDeskThenTheCellThenVoicemail() {
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 10), ring(Target.CELL, CELL, 10, 15), voicemailAt(25)),
                trace(ADA, OFF_WIFI));
    }

    @Test
    void adminChangedTimersAreUsed() {
        CallRouting slow = new CallRouting(new RingTimers(20, 5, 30));
        assertEquals(List.of(ring(Target.DESK, MAC, 0, 5), ring(Target.CELL, CELL, 5, 30), voicemailAt(35)),
                slow.route("ada", ADA, OFF_WIFI, false).steps());
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
        assertEquals(new RouteStep(Target.RELEASE, null, 25, 0, Outcome.RELEASED),
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
                voicemailAt(25)), trace(state, ON_WIFI));
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
                ring(Target.OFFICE_ANYWHERE, Subscribers.OA_WIRELESS, 15, 10), voicemailAt(25)), trace(both, ON_WIFI));
    }

    @Test
    void officeAnywhereNumbersDoNotRingWhenTheCallNeverReachesTheUser() {
        SubscriberState grace = Subscribers.officeAnywhere("+15615550103", MAC, null, null, Subscribers.OA_WIRELESS);
        assertEquals(List.of(voicemailAt(0)), trace(Subscribers.doNotDisturb(grace), ON_WIFI));
        assertEquals(List.of(new RouteStep(Target.FORWARD, "+15615550222", 0, 0, Outcome.FORWARDED)),
                trace(Subscribers.with(grace, CallForwarding.all("+15615550222")), ON_WIFI));
    }

    private static RouteStep voicemailAt(int second) {
        return new RouteStep(Target.VOICEMAIL, null, second, 0, Outcome.VOICEMAIL);
    }
}
