package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.onenumber.switchadapter.wire.ActiveCall;
import org.onenumber.switchadapter.wire.CallState;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.Event;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SwitchClient;
import org.onenumber.switchadapter.wire.SwitchEventListener;
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

    @Test
    void eventsThatArriveWhileTheListenerWorksComeTogetherInOrderAndEachOnce() throws Exception {
        SwitchClient client = loggedIn();
        apply(client, "ada", 1, Subscribers.station("+15615550100")); // seqs 1 and 2: the desk phone and the client
        CountDownLatch firstHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Long>> deliveries = new CopyOnWriteArrayList<>();
        BlockingQueue<Long> seqs = new LinkedBlockingQueue<>();
        client.subscribe(0, new SwitchEventListener() {
            @Override
            public void onEvent(Event event) {
                onEvents(List.of(event));
            }

            @Override
            public void onEvents(List<Event> events) {
                deliveries.add(events.stream().map(Event::seq).toList());
                if (deliveries.size() == 1) { // the consumer is busy with its first delivery (a slow transaction)
                    firstHeld.countDown();
                    await(release);
                }
                events.forEach(e -> seqs.add(e.seq()));
            }
        });
        assertTrue(firstHeld.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "no event was delivered");
        int more = 250;
        for (int i = 0; i < more; i++) {
            emulator.registerEndpoint(Subscribers.DESK_MAC, i % 2 == 1);
        }
        long last = 2 + more;
        // the events wait in the connection while the listener is busy; some are there when it is free again
        Thread.sleep(200);
        release.countDown();

        List<Long> received = new ArrayList<>();
        while (received.size() < last) {
            Long seq = seqs.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(seq, "only " + received.size() + " of " + last + " events arrived");
            received.add(seq);
        }
        assertEquals(LongStream.rangeClosed(1, last).boxed().toList(), received, "each event once, in seq order");
        assertTrue(deliveries.stream().anyMatch(d -> d.size() > 1), "the events that waited came together: "
                + deliveries.size() + " deliveries for " + last + " events");
        assertTrue(deliveries.stream().allMatch(d -> d.size() <= SwitchClient.MAX_BURST),
                "at most " + SwitchClient.MAX_BURST + " at once: " + deliveries.stream().map(List::size).toList());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
