package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onenumber.switchadapter.wire.ActiveCall;
import org.onenumber.switchadapter.wire.ActiveCall.Flag;
import org.onenumber.switchadapter.wire.ActiveCallsQuery;
import org.onenumber.switchadapter.wire.ApplyPortal;
import org.onenumber.switchadapter.wire.CallList;
import org.onenumber.switchadapter.wire.CallState;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.Event;
import org.onenumber.switchadapter.wire.MoveCall;
import org.onenumber.switchadapter.wire.PortalCall;
import org.onenumber.switchadapter.wire.PortalCallResult;
import org.onenumber.switchadapter.wire.PortalState;
import org.onenumber.switchadapter.wire.PortalState.Scope;
import org.onenumber.switchadapter.wire.RateClass;
import org.onenumber.switchadapter.wire.RegistrationList;
import org.onenumber.switchadapter.wire.RegistrationsQuery;
import org.onenumber.switchadapter.wire.RemovePortal;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.RouteStep;
import org.onenumber.switchadapter.wire.RouteStep.Target;
import org.onenumber.switchadapter.wire.RoutingTrace;
import org.onenumber.switchadapter.wire.SimulateCall;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SwitchClient;
import org.onenumber.switchadapter.wire.SwitchEvent.CallStateEvent;
import org.onenumber.switchadapter.wire.SwitchEvent.UsageEvent;

/**
 * Office Anywhere on the switch: alternate numbers ringing with the desk phone, calls out through a portal as
 * the desk phone, push and pull, and the usage that puts toll calls on the invoice. Grace is an Office
 * Anywhere user of account-42, site-7 with a wireless (561) and a landline (305) alternate number.
 */
class OfficeAnywhereTest extends RunningEmulator {

    private static final String GRACE_NUMBER = "+15615550103";
    private static final String GRACE_MAC = "00:10:49:1A:2B:3D";
    private static final String WIRELESS = Subscribers.OA_WIRELESS;
    private static final String LANDLINE = Subscribers.OA_LANDLINE;
    private static final String COMPANY_PORTAL = "+15615550901";
    private static final String SITE_PORTAL = "+15615550902";
    private static final String OTHER_SITE_PORTAL = "+15615550903";
    private static final String OTHER_COMPANY_PORTAL = "+15615550904";

    private SwitchClient client;

    @BeforeEach
    void provision() throws IOException {
        client = loggedIn();
        assertEquals(Status.OK, apply(client, "grace", 1, Subscribers.officeAnywhere(GRACE_NUMBER, GRACE_MAC,
                Subscribers.ACCOUNT, Subscribers.SITE, WIRELESS, LANDLINE)).status());
        assertEquals(Status.OK, apply(client, "ada", 1, Subscribers.in(Subscribers.station("+15615550100"),
                Subscribers.ACCOUNT, Subscribers.SITE)).status());
        portal("p-company", new PortalState(COMPANY_PORTAL, "Main", "7000", Scope.COMPANY, null, Subscribers.ACCOUNT));
        portal("p-site", new PortalState(SITE_PORTAL, "Boca", "7001", Scope.SITE, Subscribers.SITE,
                Subscribers.ACCOUNT));
        portal("p-other-site", new PortalState(OTHER_SITE_PORTAL, "Miami", "7002", Scope.SITE, "site-8",
                Subscribers.ACCOUNT));
        portal("p-other-company", new PortalState(OTHER_COMPANY_PORTAL, "Elsewhere", null, Scope.COMPANY, null,
                "account-99"));
    }

    @Test
    void aCallToTheBusinessNumberRingsTheAlternateNumbersWithTheDeskPhone() throws IOException {
        RoutingTrace trace = client.send(id -> new SimulateCall(id, GRACE_NUMBER, "+12125550000"))
                .body(RoutingTrace.class);
        assertEquals(List.of(RouteStep.ring(Target.DESK, GRACE_MAC, 0, 10), RouteStep.ring(Target.OFFICE_ANYWHERE,
                WIRELESS, 0, 10), RouteStep.ring(Target.OFFICE_ANYWHERE, LANDLINE, 0, 10)),
                trace.steps().subList(0, 3));
    }

    @Test
    void alternateNumbersNeverRegister() throws IOException {
        RegistrationList list = client.send(id -> new RegistrationsQuery(id, "grace")).body(RegistrationList.class);
        assertEquals(List.of(new RegistrationList.Registration(new Endpoint(Endpoint.Kind.DESK, GRACE_MAC), true),
                new RegistrationList.Registration(new Endpoint(Endpoint.Kind.OFFICE_ANYWHERE, WIRELESS), false),
                new RegistrationList.Registration(new Endpoint(Endpoint.Kind.OFFICE_ANYWHERE, LANDLINE), false)),
                list.registrations());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> emulator.registerEndpoint(WIRELESS, true));
        assertTrue(e.getMessage().contains("never registers"), e.getMessage());
    }

    @Test
    void anAlternateNumberBelongsToOneSubscriber() throws IOException {
        Response taken = apply(client, "alan", 1, Subscribers.officeAnywhere("+15615550105", "00:10:49:1A:2B:3F",
                Subscribers.ACCOUNT, Subscribers.SITE, WIRELESS));
        assertEquals(Status.REFUSED, taken.status());
        assertTrue(taken.text().contains("belongs to subscriber grace"), taken.text());
    }

    @Test
    void aPortalCallIsPlacedAsTheSubscriberPresentingTheirBusinessNumber() throws IOException {
        Response response = portalCall(WIRELESS, COMPANY_PORTAL, "+13125550000");

        assertEquals(Status.OK, response.status(), response.text());
        PortalCallResult result = response.body(PortalCallResult.class);
        assertEquals(new PortalCallResult(result.callId(), "grace", GRACE_NUMBER, RateClass.LONG_DISTANCE), result);
        assertEquals(new ActiveCall(result.callId(), "grace", WIRELESS, CallState.CONNECTED, Device.OFFICE_ANYWHERE, 2,
                Set.of(Flag.TOLL)), emulator.activeCall(result.callId()).orElseThrow());
        assertEquals(1, client.send(id -> new ActiveCallsQuery(id, "grace")).body(CallList.class).calls().size());
    }

    @Test
    void portalCallsAreRatedAgainstThePortalNumbersAreaCode() throws IOException {
        assertEquals(RateClass.LOCAL, rateOf(WIRELESS, COMPANY_PORTAL, "+15619990000"));
        assertEquals(RateClass.LONG_DISTANCE, rateOf(LANDLINE, COMPANY_PORTAL, "+13055551234"),
                "the caller's own area code does not matter, the portal's does");
        assertEquals(RateClass.INTERNATIONAL, rateOf(WIRELESS, COMPANY_PORTAL, "+442079460000"));
        assertEquals(RateClass.INTERNATIONAL, rateOf(WIRELESS, COMPANY_PORTAL, "+5215555555555"));
    }

    @Test
    void onlyTollCallsCarryTheTollFlag() throws IOException {
        String local = portalCall(WIRELESS, COMPANY_PORTAL, "+15619990000").body(PortalCallResult.class).callId();
        String abroad = portalCall(WIRELESS, COMPANY_PORTAL, "+442079460000").body(PortalCallResult.class).callId();
        assertEquals(Set.of(), emulator.activeCall(local).orElseThrow().flags());
        assertEquals(Set.of(Flag.TOLL), emulator.activeCall(abroad).orElseThrow().flags());
    }

    @Test
    void aSitePortalAdmitsOnlyItsSitesSubscribers() throws IOException {
        assertEquals(Status.OK, portalCall(WIRELESS, SITE_PORTAL, "+15619990000").status());
        apply(client, "grace", 2, Subscribers.in(emulator.subscriber("grace").orElseThrow(), Subscribers.ACCOUNT,
                "site-8"));
        assertRefused(portalCall(WIRELESS, SITE_PORTAL, "+15619990000"), "outside portal p-site");
        assertEquals(Status.OK, portalCall(WIRELESS, OTHER_SITE_PORTAL, "+15619990000").status());
    }

    @Test
    void aCompanyPortalAdmitsOnlyItsAccountsSubscribers() throws IOException {
        assertRefused(portalCall(WIRELESS, OTHER_COMPANY_PORTAL, "+15619990000"), "outside portal p-other-company");
        portal("p-unowned", new PortalState("+15615550905", null, null, Scope.COMPANY, null));
        assertRefused(portalCall(WIRELESS, "+15615550905", "+15619990000"), "outside portal p-unowned");
        apply(client, "grace", 2, Subscribers.in(emulator.subscriber("grace").orElseThrow(), null, null));
        assertRefused(portalCall(WIRELESS, COMPANY_PORTAL, "+15619990000"), "outside portal p-company");
    }

    @Test
    void theSwitchRefusesPortalCallsItCannotPlaceAndSaysWhy() throws IOException {
        long seqBefore = emulator.lastEventSeq();
        assertRefused(portalCall(WIRELESS, "+15615550999", "+15619990000"), "No portal has number +15615550999");
        assertRefused(portalCall(Subscribers.CELL, COMPANY_PORTAL, "+15619990000"),
                Subscribers.CELL + " is not an Office Anywhere number");
        assertRefused(portalCall("+17185550000", COMPANY_PORTAL, "+15619990000"), "not an Office Anywhere number");
        assertEquals(Status.OK, client.send(id -> new RemovePortal(id, "p-company", 2)).status());
        assertRefused(portalCall(WIRELESS, COMPANY_PORTAL, "+15619990000"), "No portal has number " + COMPANY_PORTAL);
        assertEquals(Status.BAD_REQUEST, portalCall(WIRELESS, SITE_PORTAL, "5551234").status());
        assertEquals(Status.BAD_REQUEST, portalCall(WIRELESS, SITE_PORTAL, "+1561555").status());

        assertEquals(seqBefore, emulator.lastEventSeq(), "no call was placed");
        assertTrue(client.send(id -> new ActiveCallsQuery(id, "grace")).body(CallList.class).calls().isEmpty());
    }

    @Test
    void aSubscriberWithoutABusinessNumberCannotPresentOne() throws IOException {
        apply(client, "ext-only", 1, Subscribers.officeAnywhere(null, "00:10:49:1A:2B:40", Subscribers.ACCOUNT,
                Subscribers.SITE, "+15615550144"));
        assertRefused(portalCall("+15615550144", COMPANY_PORTAL, "+15619990000"), "no business number");
    }

    @Test
    void aPortalCallIsReportedAndItsUsageNamesDestinationRateClassAndPortal() throws Exception {
        EventCollector events = new EventCollector();
        assertEquals(Status.OK, client.subscribe(emulator.lastEventSeq(), events).status());

        String call = portalCall(LANDLINE, SITE_PORTAL, "+442079460000").body(PortalCallResult.class).callId();
        emulator.endCall(call);
        String plain = emulator.startCall(CallSetup.of("grace", "+12125550000", Device.DESK));
        emulator.endCall(plain);

        List<Event> taken = events.take(8);
        assertEquals(List.of(new CallStateEvent("grace", call, CallState.RINGING, Device.OFFICE_ANYWHERE),
                new CallStateEvent("grace", call, CallState.CONNECTED, Device.OFFICE_ANYWHERE),
                new CallStateEvent("grace", call, CallState.ENDED, Device.OFFICE_ANYWHERE)),
                taken.subList(0, 3).stream().map(Event::body).toList());
        UsageEvent usage = (UsageEvent) taken.get(3).body();
        assertEquals(new UsageEvent("grace", call, usage.seconds(), true, "+442079460000", RateClass.INTERNATIONAL,
                SITE_PORTAL), usage);
        UsageEvent plainUsage = (UsageEvent) taken.get(7).body();
        assertEquals(new UsageEvent("grace", plain, plainUsage.seconds(), false), plainUsage);
    }

    @Test
    void aDeskCallIsPushedToTheFirstAlternateNumberAndPulledBack() throws IOException {
        String call = emulator.startCall(CallSetup.of("grace", "+12125550000", Device.DESK));
        long seqBefore = emulator.lastEventSeq();

        Response pushed = move("cmd-1", call, Device.OFFICE_ANYWHERE);
        assertEquals(Status.OK, pushed.status());
        assertTrue(pushed.text().endsWith("OFFICE_ANYWHERE " + WIRELESS), pushed.text());
        assertEquals(Device.OFFICE_ANYWHERE, emulator.activeCall(call).orElseThrow().device());
        assertEquals(pushed, move("cmd-1", call, Device.OFFICE_ANYWHERE).withId(pushed.id()));
        assertEquals(seqBefore + 1, emulator.lastEventSeq(), "one CALL_STATE event for the one push");

        assertEquals(Status.OK, move("cmd-2", call, Device.DESK).status());
        assertEquals(Device.DESK, emulator.activeCall(call).orElseThrow().device());
    }

    @Test
    void aPortalCallCanBePulledToTheDesk() throws IOException {
        String call = portalCall(WIRELESS, COMPANY_PORTAL, "+15619990000").body(PortalCallResult.class).callId();
        assertEquals(Status.OK, move("cmd-1", call, Device.DESK).status());
        assertEquals(Device.DESK, emulator.activeCall(call).orElseThrow().device());
    }

    @Test
    void pushingNeedsAnAlternateNumber() throws IOException {
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK));
        assertRefused(move("cmd-1", call, Device.OFFICE_ANYWHERE), "has no Office Anywhere number");
        assertEquals(Device.DESK, emulator.activeCall(call).orElseThrow().device());
        assertThrows(IllegalArgumentException.class,
                () -> emulator.startCall(CallSetup.of("ada", "+12125550000", Device.OFFICE_ANYWHERE)));
    }

    @Test
    void callsDoNotMoveBetweenTheMobileClientAndTheOfficeAnywherePhone() throws IOException {
        apply(client, "ada", 2, Subscribers.withOfficeAnywhere(emulator.subscriber("ada").orElseThrow(),
                "+15615550166"));
        String onMobile = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.MOBILE));
        assertRefused(move("cmd-1", onMobile, Device.OFFICE_ANYWHERE), "between the desk phone and the Office Anywhere");
        String onAlternate = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.OFFICE_ANYWHERE));
        assertRefused(move("cmd-2", onAlternate, Device.MOBILE), "between the desk phone and the Office Anywhere");
    }

    @Test
    void theReferencesMoveRestrictionsStillApply() throws IOException {
        String bridged = emulator.startCall(CallSetup.of("grace", "+12125550000", Device.DESK).withFlags(Flag.BRIDGED));
        assertRefused(move("cmd-1", bridged, Device.OFFICE_ANYWHERE), "bridged");

        String portal = portalCall(WIRELESS, COMPANY_PORTAL, "+15619990000").body(PortalCallResult.class).callId();
        emulator.changeParties(portal, 4);
        assertRefused(move("cmd-2", portal, Device.DESK), "large conference of 4 parties");
        emulator.changeParties(portal, 2);
        emulator.holdCall(portal);
        assertEquals(Status.OK, move("cmd-3", portal, Device.DESK).status(), "a held call moves");
        Response reused = move("cmd-3", portal, Device.OFFICE_ANYWHERE);
        assertRefused(reused, "was already used");
    }

    private static void assertRefused(Response response, String reason) {
        assertEquals(Status.REFUSED, response.status(), response.text());
        assertTrue(response.text().contains(reason), response.text());
    }

    private RateClass rateOf(String from, String portal, String to) throws IOException {
        return portalCall(from, portal, to).body(PortalCallResult.class).rateClass();
    }

    private Response portalCall(String from, String portal, String to) throws IOException {
        return client.send(id -> new PortalCall(id, from, portal, to));
    }

    private Response move(String commandId, String callId, Device target) throws IOException {
        return client.send(id -> new MoveCall(id, commandId, callId, target));
    }

    private void portal(String key, PortalState state) throws IOException {
        assertEquals(Status.OK, client.send(id -> new ApplyPortal(id, key, 1, state)).status());
    }
}
