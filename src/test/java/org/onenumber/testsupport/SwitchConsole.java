package org.onenumber.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.onenumber.switchadapter.wire.InventoryItem;
import org.onenumber.switchadapter.wire.InventoryPage;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.SwitchClient;

/** The tests' view of the embedded switch emulator: its admin console, and its wire protocol as an operator. */
public final class SwitchConsole {

    public static final String USER = "onenumber";
    public static final String PASSWORD = "switch-secret";

    private SwitchConsole() {
    }

    /** Runs one admin console command and returns its reply, which must start with OK. */
    public static String admin(int adminPort, String command) throws IOException {
        return admin(adminPort, command, Duration.ofSeconds(10));
    }

    /** {@link #admin(int, String)} for a command that may take longer than ten seconds (a bulk load). */
    public static String admin(int adminPort, String command, Duration timeout) throws IOException {
        String reply = reply(adminPort, command, timeout);
        assertTrue(reply != null && reply.startsWith("OK"), command + " -> " + reply);
        return reply;
    }

    /** Runs one admin console command and returns its reply, OK or ERROR. */
    public static String reply(int adminPort, String command, Duration timeout) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", adminPort);
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            socket.setSoTimeout((int) timeout.toMillis());
            out.println(command);
            return in.readLine();
        }
    }

    /** A logged-in operator connection to the switch. */
    public static SwitchClient operator(int switchPort) throws Exception {
        SwitchClient client = SwitchClient.connect("127.0.0.1", switchPort, Duration.ofSeconds(5), Duration.ofSeconds(10));
        assertTrue(client.login(USER, PASSWORD).isSuccess());
        return client;
    }

    /** The version the switch holds for a subscriber (0 when it holds none), read from its inventory. */
    public static long appliedVersion(int switchPort, String subscriber) throws Exception {
        try (SwitchClient operator = operator(switchPort)) {
            String cursor = null;
            do {
                String from = cursor;
                Response response = operator.send(id -> new InventoryQuery(id, InventoryQuery.Kind.SUBSCRIBER, from, 500));
                InventoryPage page = response.body(InventoryPage.class);
                for (InventoryItem item : page.items()) {
                    if (item.key().equals(subscriber)) {
                        return item.version();
                    }
                }
                cursor = page.nextCursor();
            } while (cursor != null);
            return 0;
        }
    }
}
