package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.onenumber.switchadapter.wire.ApplySubscriber;
import org.onenumber.switchadapter.wire.InventoryItem;
import org.onenumber.switchadapter.wire.InventoryPage;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.SubscriberState;
import org.onenumber.switchadapter.wire.SwitchClient;

/** A fresh emulator on an ephemeral loopback port per test, and clients that are closed after it. */
abstract class RunningEmulator {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

    SwitchEmulator emulator;
    private final List<SwitchClient> clients = new ArrayList<>();

    SwitchEmulator.Settings settings() {
        return SwitchEmulator.Settings.defaults().withCredentials("adapter", "secret");
    }

    @BeforeEach
    void startEmulator() throws IOException {
        emulator = SwitchEmulator.start(settings());
    }

    @AfterEach
    void stopEmulator() {
        clients.forEach(SwitchClient::close);
        emulator.close();
    }

    SwitchClient connect() throws IOException {
        SwitchClient client = SwitchClient.connect("127.0.0.1", emulator.port(), TIMEOUT, TIMEOUT);
        clients.add(client);
        return client;
    }

    SwitchClient loggedIn() throws IOException {
        SwitchClient client = connect();
        assertEquals(Status.OK, client.login("adapter", "secret").status());
        return client;
    }

    static Response apply(SwitchClient client, String subscriber, long version, SubscriberState state)
            throws IOException {
        return client.send(id -> new ApplySubscriber(id, subscriber, version, state));
    }

    /** The first page (up to 500) of the switch's inventory of a kind. */
    static List<InventoryItem> inventory(SwitchClient client, InventoryQuery.Kind kind) throws IOException {
        return client.send(id -> new InventoryQuery(id, kind, null, 500)).body(InventoryPage.class).items();
    }
}
