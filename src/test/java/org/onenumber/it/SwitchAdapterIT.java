package org.onenumber.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onenumber.switchadapter.wire.CallForwarding;
import org.onenumber.switchadapter.wire.Endpoint;
import org.onenumber.switchadapter.wire.RingSettings;
import org.onenumber.switchadapter.wire.SubscriberState;
import org.onenumber.switchadapter.wire.SwitchClient;

/**
 * The switch adapter's inbound side in the container, seen from the switch: the RAR deploys before the
 * WAR, the application's message-driven bean subscribes to the embedded emulator, and the emulator sees
 * every event acknowledged (which the adapter does only after the bean's transaction committed), also
 * after the switch dropped the connection and refused reconnects for a while.
 */
@ExtendWith(ArquillianExtension.class)
class SwitchAdapterIT {

    private static final int SWITCH_PORT = 17070;
    private static final int ADMIN_PORT = 17071;
    private static final Pattern STATUS = Pattern.compile("lastSeq=(\\d+) ackedSeq=(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @AfterEach
    void liftFaults() throws IOException {
        admin("clear");
    }

    private record Seqs(long last, long acked) {
    }

    private static String admin(String command) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", ADMIN_PORT);
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            socket.setSoTimeout(10_000);
            out.println(command);
            String reply = in.readLine();
            assertTrue(reply != null && reply.startsWith("OK"), command + " -> " + reply);
            return reply;
        }
    }

    private static Seqs seqs() throws IOException {
        Matcher m = STATUS.matcher(admin("status"));
        assertTrue(m.find());
        return new Seqs(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }

    private static Seqs awaitAllAcknowledged(long atLeast, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Seqs seqs = seqs();
        while ((seqs.acked() < seqs.last() || seqs.last() < atLeast) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            seqs = seqs();
        }
        return seqs;
    }

    /**
     * Provisions a station straight on the switch; its desk phone and client register, making events.
     * Returns the desk phone's MAC address.
     */
    private static String provisionStation() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String mac = suffix.substring(0, 2) + ":" + suffix.substring(2, 4) + ":" + suffix.substring(4, 6) + ":"
                + suffix.substring(6, 8) + ":" + suffix.substring(8, 10) + ":01";
        SubscriberState state = new SubscriberState("+1408555" + (1000 + (int) (Math.random() * 8999)), "1001", "Test Station",
                true, List.of(new Endpoint(Endpoint.Kind.DESK, mac), new Endpoint(Endpoint.Kind.MOBILE_CLIENT, "FE" + suffix)),
                RingSettings.of(RingSettings.PreferredDevice.AUTO_PILOT), CallForwarding.NONE, false, true);
        try (SwitchClient operator = SwitchClient.connect("127.0.0.1", SWITCH_PORT, Duration.ofSeconds(5), Duration.ofSeconds(10))) {
            assertTrue(operator.login("onenumber", "switch-secret").isSuccess());
            assertTrue(operator.send(id -> new org.onenumber.switchadapter.wire.ApplySubscriber(id, "it-" + suffix, 1, state))
                    .isSuccess());
        }
        return mac;
    }

    @Test
    void everyEventIsAcknowledgedOnceTheApplicationRecordedIt() throws Exception {
        long before = seqs().last();
        provisionStation();
        Seqs after = awaitAllAcknowledged(before + 2, Duration.ofSeconds(30));
        assertTrue(after.last() >= before + 2, "the desk phone and the client registered: " + after);
        assertEquals(after.last(), after.acked(), "the application acknowledged every event");
    }

    @Test
    void theSubscriptionComesBackAfterTheSwitchWentAwayAndCatchesUp() throws Exception {
        String mac = provisionStation();
        awaitAllAcknowledged(0, Duration.ofSeconds(30));
        admin("refuse on");
        admin("drop-connections");
        long before = seqs().last();
        admin("unregister " + mac);
        admin("register " + mac);
        Seqs whileAway = seqs();
        assertTrue(whileAway.acked() < whileAway.last(), "nothing can be acknowledged while the switch refuses: " + whileAway);

        admin("refuse off");
        Seqs after = awaitAllAcknowledged(before + 2, Duration.ofSeconds(60));
        assertEquals(after.last(), after.acked(), "after reconnecting, the events sent while away were delivered");
    }
}
