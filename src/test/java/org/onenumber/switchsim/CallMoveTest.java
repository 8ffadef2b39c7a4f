package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.onenumber.switchadapter.wire.MoveCall;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SwitchClient;

class CallMoveTest extends RunningEmulator {

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

    private Response move(String commandId, String callId, Device target) throws IOException {
        return client.send(id -> new MoveCall(id, commandId, callId, target));
    }
}
