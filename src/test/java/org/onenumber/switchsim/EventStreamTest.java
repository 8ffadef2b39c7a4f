package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onenumber.switchadapter.wire.ActiveCall;
import org.onenumber.switchadapter.wire.CallState;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.Event;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SwitchClient;
import org.onenumber.switchadapter.wire.SwitchEvent.CallStateEvent;
import org.onenumber.switchadapter.wire.SwitchEvent.RegistrationEvent;
import org.onenumber.switchadapter.wire.SwitchEvent.UsageEvent;

class EventStreamTest extends RunningEmulator {

    @Test
    void eventsArriveInStrictlyIncreasingSeqOrder() throws Exception {
        SwitchClient client = loggedIn();
        EventCollector collector = new EventCollector();
        assertEquals(Status.OK, client.subscribe(0, collector).status());

        apply(client, "ada", 1, Subscribers.station("+15615550100"));
        String call = emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK)
                .withFlags(ActiveCall.Flag.TOLL));
        emulator.endCall(call);

        List<Event> events = collector.take(6);
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).seq());
        }
        assertEquals(new RegistrationEvent("ada", new Endpoint(Endpoint.Kind.DESK, Subscribers.DESK_MAC), true),
                events.get(0).body());
        assertEquals(new RegistrationEvent("ada", new Endpoint(Endpoint.Kind.MOBILE_CLIENT, Subscribers.CLIENT_ID), true),
                events.get(1).body());
        assertEquals(List.of(CallState.RINGING, CallState.CONNECTED, CallState.ENDED),
                events.subList(2, 5).stream().map(e -> ((CallStateEvent) e.body()).state()).toList());
        UsageEvent usage = (UsageEvent) events.get(5).body();
        assertEquals(call, usage.callId());
        assertTrue(usage.toll());
        assertTrue(usage.seconds() >= 0);
    }

    @Test
    void unacknowledgedEventsAreSentAgainAfterAReconnectAndAcknowledgedOnesAreNot() throws Exception {
        SwitchClient first = loggedIn();
        EventCollector before = new EventCollector();
        first.subscribe(0, before);
        apply(first, "ada", 1, Subscribers.station("+15615550100"));
        emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK));
        assertEquals(List.of(1L, 2L, 3L, 4L), before.take(4).stream().map(Event::seq).toList());

        first.ack(2);
        // Requests are handled in order, so once this answer is back the ack has been applied.
        first.send(id -> new InventoryQuery(id, InventoryQuery.Kind.SUBSCRIBER, null, 1));
        first.close();
        assertEquals(2, emulator.ackedEventSeq());

        SwitchClient second = loggedIn();
        EventCollector after = new EventCollector();
        assertEquals(Status.OK, second.subscribe(0, after).status());
        emulator.registerEndpoint(Subscribers.DESK_MAC, false);

        assertEquals(List.of(3L, 4L, 5L), after.take(3).stream().map(Event::seq).toList());
    }

    @Test
    void subscribingFromASeqAcknowledgesEverythingUpToIt() throws Exception {
        SwitchClient setup = loggedIn();
        apply(setup, "ada", 1, Subscribers.station("+15615550100"));
        emulator.startCall(CallSetup.of("ada", "+12125550000", Device.DESK));

        SwitchClient consumer = loggedIn();
        EventCollector collector = new EventCollector();
        consumer.subscribe(3, collector);

        assertEquals(4, collector.take(1).get(0).seq());
        assertEquals(3, emulator.ackedEventSeq());
    }

    @Test
    void aSeqAheadOfTheStreamIsRefusedSoAResetSwitchIsNoticed() throws Exception {
        SwitchClient client = loggedIn();
        assertEquals(Status.BAD_REQUEST, client.subscribe(57, new EventCollector()).status());
    }
}
