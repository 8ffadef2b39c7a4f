package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.onenumber.switchadapter.wire.ActiveCall;
import org.onenumber.switchadapter.wire.ApplyPortal;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.PortalState;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SwitchClient;

class AdminConsoleTest extends RunningEmulator {

    @Test
    void anotherProcessCanInjectFaultsAndPlaceCallsOverTheAdminPort() throws IOException {
        SwitchClient client = loggedIn();
        apply(client, "ada", 1, Subscribers.station("+15615550100"));
        try (ServerSocket admin = new AdminConsole(emulator).listen(0);
                Socket socket = new Socket("127.0.0.1", admin.getLocalPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            PrintWriter commands = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            BufferedReader replies = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));

            commands.println("fail 1 switch upgrade");
            assertEquals("OK", replies.readLine());
            assertEquals(Status.UNAVAILABLE, client.send(id -> new InventoryQuery(id, InventoryQuery.Kind.SUBSCRIBER,
                    null, 1)).status());

            commands.println("call ada +12125550000 desk 5 bridged");
            String callId = replies.readLine().substring("OK ".length());
            ActiveCall call = emulator.activeCall(callId).orElseThrow();
            assertEquals(Device.DESK, call.device());
            assertEquals(5, call.parties());
            assertTrue(call.flags().contains(ActiveCall.Flag.BRIDGED));

            commands.println("teleport now");
            assertTrue(replies.readLine().startsWith("ERROR unknown command"));
        }
    }

    @Test
    void versionsListWhatASubscriberReceivedInArrivalOrderStaleOnesIncluded() throws IOException {
        SwitchClient client = loggedIn();
        AdminConsole console = new AdminConsole(emulator);
        assertEquals("OK received=", console.execute("versions ada"));
        apply(client, "ada", 3, Subscribers.station("+15615550100"));
        assertEquals(Status.IGNORED_STALE, apply(client, "ada", 2, Subscribers.station("+15615550100")).status());
        apply(client, "ada", 7, Subscribers.station("+15615550100"));

        assertEquals("OK received=3,2,7", console.execute("versions ada"));
        assertTrue(console.execute("subscriber ada").startsWith("OK version=7 "));
        assertTrue(console.execute("subscriber ada").endsWith(" name=Ada Lovelace"), console.execute("subscriber ada"));
    }

    @Test
    void portalsAndPortalCallsCanBeInspectedAndPlaced() throws IOException {
        SwitchClient client = loggedIn();
        AdminConsole console = new AdminConsole(emulator);
        assertEquals("OK absent", console.execute("portal p1"));
        apply(client, "grace", 1, Subscribers.officeAnywhere("+15615550103", "00:10:49:1A:2B:3D", "account-42",
                "site-7", Subscribers.OA_WIRELESS));
        client.send(id -> new ApplyPortal(id, "p1", 3, new PortalState("+15615550901", "Boca", "7001",
                PortalState.Scope.SITE, "site-7", "account-42")));

        assertEquals("OK version=3 number=+15615550901 name=Boca extension=7001 scope=SITE site=site-7"
                + " account=account-42", console.execute("portal p1"));
        assertEquals("OK count=1", console.execute("endpoints office_anywhere"));

        String placed = console.execute("portal-call " + Subscribers.OA_WIRELESS + " +15615550901 +442079460000");
        assertTrue(placed.matches("OK call-\\d+ rateClass=INTERNATIONAL subscriber=grace callerId=\\+15615550103"),
                placed);
        String callId = placed.split(" ")[1];
        assertEquals(Device.OFFICE_ANYWHERE, emulator.activeCall(callId).orElseThrow().device());
        assertEquals("OK", console.execute("end " + callId));

        assertEquals("ERROR No portal has number +15615550999",
                console.execute("portal-call " + Subscribers.OA_WIRELESS + " +15615550999 +15619990000"));
        assertTrue(console.execute("portal-call +17185550000 +15615550901 +15619990000")
                .startsWith("ERROR +17185550000 is not an Office Anywhere number"));
        assertTrue(console.execute("portal-call +17185550000").startsWith("ERROR missing argument"));
        assertTrue(console.execute("help").contains("portal-call <from> <portalNumber> <to>"));
        assertTrue(console.execute("help").contains("portal <key>"));
    }

    @Test
    void badArgumentsAnswerErrorAndChangeNothing() {
        AdminConsole console = new AdminConsole(emulator);
        assertTrue(console.execute("latency").startsWith("ERROR"));
        assertTrue(console.execute("refuse maybe").startsWith("ERROR"));
        assertTrue(console.execute("register FEBC99999999").startsWith("ERROR No provisioned endpoint"));
        assertTrue(console.execute("status").contains("latency=0ms refuse=false"));
    }
}
