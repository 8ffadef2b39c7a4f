package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SwitchClient;
import org.onenumber.switchadapter.wire.SwitchConnectionException;
import org.onenumber.switchadapter.wire.SwitchTimeoutException;

class FaultInjectionTest extends RunningEmulator {

    @Test
    void injectedErrorsAnswer503WithTheReasonThenTheSwitchRecovers() throws IOException {
        SwitchClient client = loggedIn();
        emulator.faults().failNextRequests(2, "maintenance window");

        Response first = query(client);
        Response second = query(client);
        Response third = query(client);

        assertEquals(Status.UNAVAILABLE, first.status());
        assertEquals("maintenance window", first.text());
        assertTrue(first.status().isRetryable());
        assertEquals(Status.UNAVAILABLE, second.status());
        assertEquals(Status.OK, third.status());
    }

    @Test
    void aFailurePercentageHoldsUntilLifted() throws IOException {
        SwitchClient client = loggedIn();
        emulator.faults().failPercentage(100, "overloaded");
        assertEquals(Status.UNAVAILABLE, query(client).status());
        assertEquals(Status.UNAVAILABLE, apply(client, "ada", 1, Subscribers.station("+15615550100")).status());
        emulator.faults().clear();
        assertEquals(Status.OK, apply(client, "ada", 1, Subscribers.station("+15615550100")).status());
    }

    @Test
    void refusedConnectionsFailUntilTheSwitchAcceptsAgain() throws IOException {
        emulator.faults().refuseConnections(true);
        assertThrows(SwitchConnectionException.class, () -> connect().login("adapter", "secret"));
        emulator.faults().refuseConnections(false);
        assertEquals(Status.OK, connect().login("adapter", "secret").status());
    }

    @Test
    void aConnectionDroppedMidRequestIsSeenAsBroken() throws Exception {
        SwitchClient client = loggedIn();
        EventCollector collector = new EventCollector();
        client.subscribe(0, collector);
        emulator.faults().dropNextRequests(1);

        assertThrows(SwitchConnectionException.class, () -> query(client));
        assertFalse(client.isOpen());
        collector.awaitClose();
        assertThrows(SwitchConnectionException.class, () -> query(client), "a broken client stays broken");
        assertEquals(Status.OK, query(loggedIn()).status(), "new connections are served");
    }

    @Test
    void droppingAllConnectionsTellsTheSubscriber() throws Exception {
        SwitchClient client = loggedIn();
        EventCollector collector = new EventCollector();
        client.subscribe(0, collector);

        emulator.dropConnections();

        assertTrue(collector.awaitClose().contains("switch"));
        assertThrows(SwitchConnectionException.class, () -> query(client));
    }

    @Test
    void latencyBeyondTheRequestTimeoutIsATimeoutAndTheConnectionSurvives() throws IOException {
        SwitchClient client = SwitchClient.connect("127.0.0.1", emulator.port(), TIMEOUT, Duration.ofMillis(200));
        try (client) {
            assertEquals(Status.OK, client.login("adapter", "secret").status());
            emulator.faults().latency(Duration.ofMillis(600));
            assertThrows(SwitchTimeoutException.class, () -> query(client));
            emulator.faults().clear();
            assertTrue(client.isOpen());
            assertEventuallyAnswers(client);
        }
    }

    /** The late answer to the timed-out request is dropped; the next request still gets its own. */
    private static void assertEventuallyAnswers(SwitchClient client) throws IOException {
        SwitchTimeoutException last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                assertEquals(Status.OK, query(client).status());
                return;
            } catch (SwitchTimeoutException e) {
                last = e;
            }
        }
        throw last;
    }

    private static Response query(SwitchClient client) throws IOException {
        return client.send(id -> new InventoryQuery(id, InventoryQuery.Kind.SUBSCRIBER, null, 10));
    }
}
