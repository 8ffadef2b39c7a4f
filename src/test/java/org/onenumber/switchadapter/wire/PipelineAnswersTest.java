package org.onenumber.switchadapter.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A pipeline the switch stops answering midway keeps the responses that came before: the dispatcher records those
 * commands as what the switch said and only the rest as unknown (before, one missing answer made the whole round's
 * outcome unknown, the commands the switch had applied included, and the rounds paused).
 */
class PipelineAnswersTest {

    /** A switch that answers the first request of a connection, then either stays silent or hangs up. */
    private static final class HalfSwitch implements AutoCloseable {
        final ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        final CountDownLatch done = new CountDownLatch(1);

        HalfSwitch(boolean hangUp) throws IOException {
            Thread thread = new Thread(() -> {
                try (Socket socket = server.accept()) {
                    InputStream in = new BufferedInputStream(socket.getInputStream());
                    OutputStream out = new BufferedOutputStream(socket.getOutputStream());
                    Request first = (Request) WireCodec.decode(Frames.read(in));
                    Frames.write(out, WireCodec.encode(Response.of(first.id(), Status.OK, "applied")), true);
                    Frames.read(in); // the second request: never answered
                    if (!hangUp) {
                        done.await(10, TimeUnit.SECONDS);
                    }
                } catch (IOException | InterruptedException ignored) {
                    // the test ended
                }
            }, "half-switch");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            done.countDown();
            server.close();
        }
    }

    private SwitchClient client;

    @AfterEach
    void closeClient() {
        if (client != null) {
            client.close();
        }
    }

    private static List<Function<String, ? extends Request>> twoRequests() {
        return List.of(id -> new RegistrationsQuery(id, "first"), id -> new RegistrationsQuery(id, "second"));
    }

    @Test
    void aMissingAnswerKeepsTheAnswersBeforeIt() throws IOException {
        try (HalfSwitch half = new HalfSwitch(false)) {
            client = SwitchClient.connect("127.0.0.1", half.server.getLocalPort(), Duration.ofSeconds(2), Duration.ofMillis(500));
            SwitchTimeoutException e = assertThrows(SwitchTimeoutException.class, () -> client.sendAll(twoRequests()));
            assertEquals(1, e.answered().size(), e.getMessage());
            assertEquals(Status.OK, e.answered().get(0).status());
        }
    }

    @Test
    void aConnectionLostMidwayKeepsTheAnswersBeforeIt() throws IOException {
        try (HalfSwitch half = new HalfSwitch(true)) {
            client = SwitchClient.connect("127.0.0.1", half.server.getLocalPort(), Duration.ofSeconds(2), Duration.ofSeconds(5));
            SwitchConnectionException e = assertThrows(SwitchConnectionException.class, () -> client.sendAll(twoRequests()));
            assertEquals(1, e.answered().size(), e.getMessage());
            assertEquals("applied", e.answered().get(0).text());
        }
    }
}
