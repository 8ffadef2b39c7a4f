package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onenumber.switchadapter.wire.AccountMobility;
import org.onenumber.switchadapter.wire.ApplyAccountMobility;
import org.onenumber.switchadapter.wire.ApplyPortal;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.Frames;
import org.onenumber.switchadapter.wire.InventoryItem;
import org.onenumber.switchadapter.wire.InventoryPage;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.Login;
import org.onenumber.switchadapter.wire.PortalState;
import org.onenumber.switchadapter.wire.RegistrationList;
import org.onenumber.switchadapter.wire.RegistrationList.Registration;
import org.onenumber.switchadapter.wire.RegistrationsQuery;
import org.onenumber.switchadapter.wire.RemovePortal;
import org.onenumber.switchadapter.wire.RemoveSubscriber;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.RouteStep;
import org.onenumber.switchadapter.wire.RoutingTrace;
import org.onenumber.switchadapter.wire.SimulateCall;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SubscriberState;
import org.onenumber.switchadapter.wire.SwitchClient;
import org.onenumber.switchadapter.wire.WireCodec;

class ProvisioningTest extends RunningEmulator {

    @Test
    void pipelinedRequestsAreAllInFlightAtOnceAndAnsweredInTheirOrder() throws IOException {
        SwitchClient client = loggedIn();
        List<java.util.function.Function<String, ? extends org.onenumber.switchadapter.wire.Request>> requests = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            int n = i % 10;
            String key = "pipe-" + n;
            long version = i;
            SubscriberState state = Subscribers.station("+156155510" + n + "0", String.format("02:00:00:00:00:%02X", n),
                    "FEBC0000990" + n, "+156155520" + n + "0");
            requests.add(id -> new org.onenumber.switchadapter.wire.ApplySubscriber(id, key, version, state));
        }
        requests.add(id -> new RemoveSubscriber(id, "pipe-3", 1)); // older than the pipe-3 it holds: ignored as stale

        List<Response> responses = client.sendAll(requests);

        assertEquals(51, responses.size());
        for (int i = 0; i < 50; i++) {
            assertEquals(Status.OK, responses.get(i).status(), "request " + (i + 1));
        }
        assertEquals(Status.IGNORED_STALE, responses.get(50).status(), "answers stay with their own requests");
        assertEquals(50, emulator.appliedVersion(InventoryQuery.Kind.SUBSCRIBER, "pipe-0"), "the last version of each key stands");
        assertEquals(43, emulator.appliedVersion(InventoryQuery.Kind.SUBSCRIBER, "pipe-3"));
        assertEquals(Status.OK, client.send(id -> new RegistrationsQuery(id, "pipe-3")).status(), "the connection is still good");
    }

    @Test
    void aPipelineLongerThanTheRequestTimeoutCompletesWhileEachAnswerComesInTime() throws IOException {
        SwitchClient client = loggedIn();
        emulator.faults().latency(java.time.Duration.ofMillis(50));
        List<java.util.function.Function<String, ? extends org.onenumber.switchadapter.wire.Request>> requests = new ArrayList<>();
        int count = (int) (TIMEOUT.toMillis() / 50) + 20; // answered one after another: longer than one request timeout
        for (int i = 0; i < count; i++) {
            String key = "slow-" + i;
            requests.add(id -> new RegistrationsQuery(id, key));
        }

        List<Response> responses = client.sendAll(requests);

        assertEquals(count, responses.size());
        assertTrue(responses.stream().allMatch(r -> r.status() == Status.OK || r.status() == Status.NOT_FOUND),
                "every request answered: " + responses.stream().map(Response::status).distinct().toList());
    }

    @Test
    void everyRequestBeforeLoginIsUnauthorized() throws IOException {
        SwitchClient client = connect();
        Response response = apply(client, "ada", 1, Subscribers.station("+15615550100"));
        assertEquals(Status.UNAUTHORIZED, response.status());
        assertEquals(0, emulator.appliedVersion(InventoryQuery.Kind.SUBSCRIBER, "ada"));
    }

    @Test
    void aWrongPasswordIsUnauthorizedAndTheSessionStaysClosed() throws IOException {
        SwitchClient client = connect();
        assertEquals(Status.UNAUTHORIZED, client.login("adapter", "guess").status());
        assertEquals(Status.UNAUTHORIZED, apply(client, "ada", 1, Subscribers.station("+15615550100")).status());
        assertEquals(Status.OK, client.login("adapter", "secret").status());
    }

    @Test
    void aNewerVersionIsAppliedAndAnOlderOneIgnored() throws IOException {
        SwitchClient client = loggedIn();
        assertEquals(Status.OK, apply(client, "ada", 5, Subscribers.station("+15615550100")).status());
        assertEquals(Status.OK, apply(client, "ada", 7, Subscribers.station("+15615550101")).status());

        Response stale = apply(client, "ada", 6, Subscribers.station("+15615550102"));
        Response replay = apply(client, "ada", 7, Subscribers.station("+15615550103"));

        assertEquals(Status.IGNORED_STALE, stale.status());
        assertTrue(stale.isSuccess(), "stale is not an error");
        assertEquals(Status.IGNORED_STALE, replay.status());
        assertEquals("+15615550101", emulator.subscriber("ada").orElseThrow().businessNumber());
        assertEquals(7, emulator.appliedVersion(InventoryQuery.Kind.SUBSCRIBER, "ada"));
    }

    @Test
    void aRemovalKeepsAnOlderApplyFromBringingTheSubscriberBack() throws IOException {
        SwitchClient client = loggedIn();
        apply(client, "ada", 1, Subscribers.station("+15615550100"));
        assertEquals(Status.OK, client.send(id -> new RemoveSubscriber(id, "ada", 2)).status());

        assertEquals(Status.IGNORED_STALE, apply(client, "ada", 1, Subscribers.station("+15615550100")).status());
        assertTrue(emulator.subscriber("ada").isEmpty());
        assertEquals(Status.OK, client.send(id -> new RemoveSubscriber(id, "ada", 3)).status(), "removing twice is fine");
        assertTrue(page(client, InventoryQuery.Kind.ENDPOINT, null, 10).items().isEmpty(), "endpoints are released");
        assertEquals(Status.OK, apply(client, "ada", 4, Subscribers.station("+15615550100")).status());
    }

    @Test
    void portalsAndAccountMobilityAreVersionedToo() throws IOException {
        SwitchClient client = loggedIn();
        PortalState sales = new PortalState("+15615550900", "Sales", "7000", PortalState.Scope.COMPANY, null);
        assertEquals(Status.OK, client.send(id -> new ApplyPortal(id, "p1", 2, sales)).status());
        assertEquals(Status.IGNORED_STALE, client.send(id -> new ApplyPortal(id, "p1", 1, sales)).status());
        assertEquals(Status.BAD_REQUEST, client.send(id -> new ApplyPortal(id, "p2", 1,
                new PortalState("+15615550901", "Site", "7001", PortalState.Scope.SITE, null))).status());
        AccountMobility mobility = new AccountMobility("SMR2", "Sales", "+15615550800", "+15615550801",
                "+15615550802", "+15615550803");
        assertEquals(Status.OK, client.send(id -> new ApplyAccountMobility(id, "acct-42", 3, mobility)).status());
        assertEquals(Status.IGNORED_STALE, client.send(id -> new ApplyAccountMobility(id, "acct-42", 3, mobility)).status());

        assertEquals(List.of(new InventoryItem("p1", 2, null)), page(client, InventoryQuery.Kind.PORTAL, null, 10).items());
        assertEquals(List.of(new InventoryItem("acct-42", 3, null, null, mobility)),
                page(client, InventoryQuery.Kind.ACCOUNT_MOBILITY, null, 10).items(),
                "an account's settings come with the inventory, for reconciliation to compare");
        assertEquals(Status.OK, client.send(id -> new RemovePortal(id, "p1", 3)).status());
        assertTrue(page(client, InventoryQuery.Kind.PORTAL, null, 10).items().isEmpty());
    }

    @Test
    void inventoryPagesThroughEverySubscriberWithItsAppliedVersion() throws IOException {
        SwitchClient client = loggedIn();
        for (int i = 1; i <= 5; i++) {
            apply(client, "sub-" + i, 10 + i, Subscribers.station("+1561555010" + i, "00:10:49:00:00:0" + i,
                    "FEBC0000000" + i, "+1561555020" + i));
        }
        List<InventoryItem> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            InventoryPage page = page(client, InventoryQuery.Kind.SUBSCRIBER, cursor, 2);
            seen.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertEquals(3, pages);
        assertEquals(List.of(new InventoryItem("sub-1", 11, null), new InventoryItem("sub-2", 12, null),
                new InventoryItem("sub-3", 13, null), new InventoryItem("sub-4", 14, null),
                new InventoryItem("sub-5", 15, null)), seen);
    }

    @Test
    void endpointInventoryNamesTheOwnerAndItsVersion() throws IOException {
        SwitchClient client = loggedIn();
        apply(client, "ada", 3, Subscribers.station("+15615550100"));
        InventoryPage page = page(client, InventoryQuery.Kind.ENDPOINT, null, 500);
        assertEquals(List.of(new InventoryItem("CELL:" + Subscribers.CELL, 3, "ada"),
                new InventoryItem("DESK:" + Subscribers.DESK_MAC, 3, "ada"),
                new InventoryItem("MOBILE_CLIENT:" + Subscribers.CLIENT_ID, 3, "ada")), page.items());
        assertNull(page.nextCursor());
    }

    @Test
    void pageSizesOutsideOneToFiveHundredAndForeignCursorsAreBadRequests() throws IOException {
        SwitchClient client = loggedIn();
        assertEquals(Status.BAD_REQUEST, inventory(client, null, 0).status());
        assertEquals(Status.BAD_REQUEST, inventory(client, null, 501).status());
        assertEquals(Status.BAD_REQUEST, inventory(client, "not-ours", 10).status());
        assertEquals(Status.OK, inventory(client, null, 500).status());
    }

    @Test
    void anEndpointOfAnotherSubscriberIsRefused() throws IOException {
        SwitchClient client = loggedIn();
        apply(client, "ada", 1, Subscribers.station("+15615550100"));
        Response response = apply(client, "bob", 1, Subscribers.station("+15615550200"));
        assertEquals(Status.REFUSED, response.status());
        assertTrue(response.text().contains("belongs to subscriber ada"), response.text());
    }

    @Test
    void newlyProvisionedDevicesRegisterAndCellNumbersNever() throws IOException {
        SwitchClient client = loggedIn();
        apply(client, "ada", 1, Subscribers.station("+15615550100"));
        emulator.registerEndpoint(Subscribers.CLIENT_ID, false);

        RegistrationList list = client.send(id -> new RegistrationsQuery(id, "ada")).body(RegistrationList.class);
        assertEquals(List.of(new Registration(new Endpoint(Endpoint.Kind.DESK, Subscribers.DESK_MAC), true),
                new Registration(new Endpoint(Endpoint.Kind.MOBILE_CLIENT, Subscribers.CLIENT_ID), false),
                new Registration(new Endpoint(Endpoint.Kind.CELL, Subscribers.CELL), false)), list.registrations());
        assertEquals(Status.NOT_FOUND, client.send(id -> new RegistrationsQuery(id, "nobody")).status());
    }

    @Test
    void simulateCallFollowsTheProvisionedStateAndRegistrations() throws IOException {
        SwitchClient client = loggedIn();
        apply(client, "ada", 1, Subscribers.station("+15615550100"));
        RoutingTrace onWifi = client.send(id -> new SimulateCall(id, "+15615550100", "+12125550000"))
                .body(RoutingTrace.class);
        emulator.registerEndpoint(Subscribers.CLIENT_ID, false);
        RoutingTrace offWifi = client.send(id -> new SimulateCall(id, "+15615550100", null)).body(RoutingTrace.class);

        assertEquals(RouteStep.Target.MOBILE_CLIENT, onWifi.steps().get(0).target());
        assertEquals(RouteStep.Target.CELL, offWifi.steps().get(1).target());
        assertEquals(RouteStep.Target.VOICEMAIL, offWifi.last().target());
        assertEquals(25, offWifi.last().startSecond());
        assertEquals(Status.NOT_FOUND, client.send(id -> new SimulateCall(id, "+19999999999", null)).status());
    }

    @Test
    void aWellFramedMessageThatIsNotXmlIsABadRequestAndTheSessionGoesOn() throws IOException {
        SwitchClient client = loggedIn();
        try (Socket raw = new Socket("127.0.0.1", emulator.port())) {
            raw.setSoTimeout((int) TIMEOUT.toMillis());
            Frames.write(raw.getOutputStream(), "<login id=\"9\" user=\"adapter\"><oops></login>".getBytes(StandardCharsets.UTF_8));
            Response response = (Response) WireCodec.read(raw.getInputStream());
            assertEquals(Status.BAD_REQUEST, response.status());
            assertEquals("9", response.id());
            WireCodec.write(raw.getOutputStream(),
                    new Login("10", "adapter", "secret"));
            assertEquals(Status.OK,
                    ((Response) WireCodec.read(raw.getInputStream())).status());
        }
        assertTrue(client.isOpen());
    }

    private static Response inventory(SwitchClient client, String cursor, int size) throws IOException {
        return client.send(id -> new InventoryQuery(id, InventoryQuery.Kind.SUBSCRIBER, cursor, size));
    }

    private static InventoryPage page(SwitchClient client, InventoryQuery.Kind kind, String cursor, int size)
            throws IOException {
        return client.send(id -> new InventoryQuery(id, kind, cursor, size)).body(InventoryPage.class);
    }
}
