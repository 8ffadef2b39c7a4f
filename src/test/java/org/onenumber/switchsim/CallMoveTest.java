package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onenumber.switchadapter.wire.ActiveCall;
import org.onenumber.switchadapter.wire.ActiveCall.Flag;
import org.onenumber.switchadapter.wire.ActiveCallsQuery;
import org.onenumber.switchadapter.wire.CallList;
import org.onenumber.switchadapter.wire.CallState;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switchadapter.wire.Event;
import org.onenumber.switchadapter.wire.MoveCall;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SwitchClient;
import org.onenumber.switchadapter.wire.SwitchEvent.CallStateEvent;

class CallMoveTest extends RunningEmulator {

    private static final String CELL = Subscribers.CELL;
    private static final String SECOND_CELL = "+15615550197";

    private SwitchClient client;

    @BeforeEach
    void provision() throws IOException {
        client = loggedIn();
        apply(client, "ada", 1, Subscribers.station("+15615550100"));
    }

    @Test
    void aMoveSentTwiceRunsOnce() throws IOException {
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK));
        long seqBefore = emulator.lastEventSeq();

        Response first = move("cmd-1", call, Device.MOBILE);
        Response repeat = move("cmd-1", call, Device.MOBILE);

        assertEquals(Status.OK, first.status());
        assertEquals(Status.OK, repeat.status());
        assertEquals(first.text(), repeat.text());
        assertEquals(seqBefore + 1, emulator.lastEventSeq(), "one CALL_STATE event, for the one move");
        assertEquals(Device.MOBILE, emulator.activeCall(call).orElseThrow().device());
    }

    @Test
    void aRepeatReturnsTheFirstResultEvenAfterTheCallChanged() throws IOException {
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK).withFlags(Flag.BRIDGED));
        Response refused = move("cmd-1", call, Device.MOBILE);
        emulator.endCall(call);
        assertEquals(refused, move("cmd-1", call, Device.MOBILE).withId(refused.id()));
    }

    @Test
    void aCommandIdReusedForAnotherMoveIsRefused() throws IOException {
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK));
        move("cmd-1", call, Device.MOBILE);
        Response reused = move("cmd-1", call, Device.DESK);
        assertEquals(Status.REFUSED, reused.status());
        assertEquals(Device.MOBILE, emulator.activeCall(call).orElseThrow().device());
    }

    @ParameterizedTest
    @EnumSource(value = Flag.class, names = {"BRIDGED", "SECONDARY_LINE", "HUNT_GROUP_QUEUE", "SILENT_MONITOR"})
    void callsTheReferenceCannotMoveAreRefusedWithTheReason(Flag flag) throws IOException {
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK).withFlags(flag));
        Response response = move("cmd-" + flag, call, Device.MOBILE);
        assertEquals(Status.REFUSED, response.status());
        String expected = switch (flag) {
            case BRIDGED -> "bridged";
            case SECONDARY_LINE -> "secondary line appearance";
            case HUNT_GROUP_QUEUE -> "hunt group queue";
            default -> "silent monitor";
        };
        assertTrue(response.text().contains(expected), response.text());
        assertEquals(Device.DESK, emulator.activeCall(call).orElseThrow().device());
    }

    @Test
    void aLargeConferenceMovesOnlyOnceBackToTwoParties() throws IOException {
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK).withParties(4));
        Response refused = move("cmd-1", call, Device.MOBILE);
        emulator.changeParties(call, 2);
        Response moved = move("cmd-2", call, Device.MOBILE);

        assertEquals(Status.REFUSED, refused.status());
        assertTrue(refused.text().contains("large conference of 4 parties"), refused.text());
        assertEquals(Status.OK, moved.status());
    }

    @Test
    void aConferenceBridgeCallAndAThreeWayCallCanBeMoved() throws IOException {
        String bridge = emulator.startCall(CallSetup.of("ada", "+18005550000", Device.DESK).withParties(8)
                .withFlags(Flag.CONFERENCE_BRIDGE));
        String threeWay = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.MOBILE).withParties(3));
        assertEquals(Status.OK, move("cmd-1", bridge, Device.MOBILE).status());
        assertEquals(Status.OK, move("cmd-2", threeWay, Device.DESK).status());
    }

    @Test
    void aHeldCallCanBeMovedAndAnUnknownOneIsNotFound() throws IOException {
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.MOBILE));
        emulator.holdCall(call);
        assertEquals(Status.OK, move("cmd-1", call, Device.DESK).status());
        assertEquals(Status.NOT_FOUND, move("cmd-2", "call-999", Device.DESK).status());
    }

    @Test
    void activeCallsListTheSubscribersCallsWithTheirFlags() throws IOException {
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK).withFlags(Flag.TOLL));
        List<ActiveCall> calls = client.send(id -> new ActiveCallsQuery(id, "ada")).body(CallList.class).calls();
        assertEquals(List.of(new ActiveCall(call, "ada", "+12125550000", CallState.CONNECTED, Device.DESK, 2,
                Set.of(Flag.TOLL))), calls);
        emulator.endCall(call);
        assertTrue(client.send(id -> new ActiveCallsQuery(id, "ada")).body(CallList.class).calls().isEmpty());
    }

    // The cell phone, and which of the subscriber's numbers.

    @Test
    void aCallMovesToTheCellPhoneAndIsReportedOnIt() throws Exception {
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK));
        SwitchClient watcher = loggedIn();
        EventCollector events = new EventCollector();
        assertEquals(Status.OK, watcher.subscribe(emulator.lastEventSeq(), events).status());

        Response moved = move("cmd-1", call, Device.CELL);

        assertEquals(Status.OK, moved.status(), moved.text());
        assertEquals("Moved call " + call + " to CELL " + CELL, moved.text());
        assertEquals(Device.CELL, emulator.activeCall(call).orElseThrow().device());
        assertEquals(CELL, emulator.callNumber(call).orElseThrow());
        List<Event> reported = events.take(1);
        assertEquals(new CallStateEvent("ada", call, CallState.CONNECTED, Device.CELL), reported.get(0).body());
        List<ActiveCall> calls = client.send(id -> new ActiveCallsQuery(id, "ada")).body(CallList.class).calls();
        assertEquals(Device.CELL, calls.get(0).device(), "the call list says CELL over the wire too");
        String active = new AdminConsole(emulator).execute("active " + call);
        assertEquals("OK state=CONNECTED device=CELL parties=2 subscriber=ada address=" + CELL, active);
    }

    @Test
    void theAddressPicksWhichOfTheSubscribersCellNumbers() throws IOException {
        apply(client, "ada", 2, Subscribers.withSecondCell(Subscribers.station("+15615550100"), SECOND_CELL));
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK));

        Response second = move("cmd-1", call, Device.CELL, SECOND_CELL);
        assertEquals(Status.OK, second.status(), second.text());
        assertTrue(second.text().endsWith("CELL " + SECOND_CELL), second.text());
        assertEquals(SECOND_CELL, emulator.callNumber(call).orElseThrow());

        Response first = move("cmd-2", call, Device.CELL, CELL);
        assertTrue(first.text().startsWith("Moved call"), "another number of the same kind is a move: " + first.text());
        assertEquals(CELL, emulator.callNumber(call).orElseThrow());
        assertTrue(move("cmd-3", call, Device.CELL, CELL).text().contains("already on CELL " + CELL));
    }

    @Test
    void aNumberThatIsNotTheSubscribersIsRefused() throws IOException {
        apply(client, "bob", 1, Subscribers.station("+15615550101", "00:10:49:1A:2B:4C", "FEBC00000028",
                "+15615550299"));
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK));

        assertRefused(move("cmd-1", call, Device.CELL, "+15615550299"),
                "+15615550299 is not one of subscriber ada's cell numbers");
        assertRefused(move("cmd-2", call, Device.CELL, Subscribers.OA_WIRELESS), "is not one of subscriber ada's");
        assertEquals(Device.DESK, emulator.activeCall(call).orElseThrow().device());
    }

    @Test
    void aSubscriberWithoutACellPhoneCannotHaveACallMovedThere() throws IOException {
        apply(client, "ada", 2, Subscribers.withoutCell(Subscribers.station("+15615550100")));
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK));
        assertRefused(move("cmd-1", call, Device.CELL), "subscriber ada has no cell number");
        assertEquals(Device.DESK, emulator.activeCall(call).orElseThrow().device());
        assertThrows(IllegalArgumentException.class,
                () -> emulator.startCall(CallSetup.of("ada", "+12125550000", Device.CELL)));
    }

    @Test
    void aLargeConferenceIsNotMovedToTheCellPhone() throws IOException {
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK).withParties(4));
        assertRefused(move("cmd-1", call, Device.CELL), "large conference of 4 parties");
        assertEquals(Device.DESK, emulator.activeCall(call).orElseThrow().device());
    }

    @Test
    void aSubscriberWithoutAMobileClientCannotHaveACallMovedToOne() throws IOException {
        apply(client, "ada", 2, Subscribers.withoutMobileClient(Subscribers.station("+15615550100")));
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK));
        assertRefused(move("cmd-1", call, Device.MOBILE), "subscriber ada has no mobile client");
        assertEquals(Device.DESK, emulator.activeCall(call).orElseThrow().device());
    }

    @Test
    void theAddressPicksWhichOfficeAnywhereNumber() throws IOException {
        apply(client, "ada", 2, Subscribers.withOfficeAnywhere(Subscribers.station("+15615550100"),
                Subscribers.OA_WIRELESS, Subscribers.OA_LANDLINE));
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK));
        Response pushed = move("cmd-1", call, Device.OFFICE_ANYWHERE, Subscribers.OA_LANDLINE);
        assertEquals("Moved call " + call + " to OFFICE_ANYWHERE " + Subscribers.OA_LANDLINE, pushed.text());
        assertEquals(Subscribers.OA_LANDLINE, emulator.callNumber(call).orElseThrow());
        assertRefused(move("cmd-2", call, Device.OFFICE_ANYWHERE, CELL),
                CELL + " is not one of subscriber ada's Office Anywhere numbers");
        assertEquals(Subscribers.OA_LANDLINE, emulator.callNumber(call).orElseThrow());
    }

    @Test
    void callsDoNotMoveBetweenTheOfficeAnywherePhoneAndTheCellPhone() throws IOException {
        apply(client, "ada", 2, Subscribers.withOfficeAnywhere(Subscribers.station("+15615550100"),
                Subscribers.OA_WIRELESS));
        String onAlternate = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.OFFICE_ANYWHERE));
        assertRefused(move("cmd-1", onAlternate, Device.CELL), "between the desk phone and the Office Anywhere");
        String onCell = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.CELL));
        assertRefused(move("cmd-2", onCell, Device.OFFICE_ANYWHERE), "between the desk phone and the Office Anywhere");
    }

    @Test
    void aCallOnTheCellPhoneIsPulledBackToTheDeskOrTheClient() throws IOException {
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.CELL));
        assertEquals(CELL, emulator.callNumber(call).orElseThrow());
        assertEquals(Status.OK, move("cmd-1", call, Device.DESK).status());
        assertTrue(emulator.callNumber(call).isEmpty());
        assertEquals(Status.OK, move("cmd-2", call, Device.CELL).status());
        assertEquals(Status.OK, move("cmd-3", call, Device.MOBILE).status());
        assertEquals(Device.MOBILE, emulator.activeCall(call).orElseThrow().device());
    }

    @Test
    void anAddressOnlyPicksACellOrOfficeAnywhereNumber() throws IOException {
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.MOBILE));
        Response response = move("cmd-1", call, Device.DESK, CELL);
        assertEquals(Status.BAD_REQUEST, response.status(), response.text());
        assertEquals(Device.MOBILE, emulator.activeCall(call).orElseThrow().device());
    }

    @Test
    void aCommandIdReusedForAnotherNumberIsRefused() throws IOException {
        apply(client, "ada", 2, Subscribers.withSecondCell(Subscribers.station("+15615550100"), SECOND_CELL));
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK));
        assertEquals(Status.OK, move("cmd-1", call, Device.CELL, CELL).status());
        assertRefused(move("cmd-1", call, Device.CELL, SECOND_CELL), "was already used for moving call " + call
                + " to CELL " + CELL);
        assertEquals(CELL, emulator.callNumber(call).orElseThrow());
    }

    private static void assertRefused(Response response, String reason) {
        assertEquals(Status.REFUSED, response.status(), response.text());
        assertTrue(response.text().contains(reason), response.text());
    }

    private Response move(String commandId, String callId, Device target) throws IOException {
        return client.send(id -> new MoveCall(id, commandId, callId, target));
    }

    private Response move(String commandId, String callId, Device target, String address) throws IOException {
        return client.send(id -> new MoveCall(id, commandId, callId, target, address));
    }
}
