package org.onenumber.switchsim;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onenumber.switchadapter.wire.Ack;
import org.onenumber.switchadapter.wire.Event;
import org.onenumber.switchadapter.wire.Frames;
import org.onenumber.switchadapter.wire.Login;
import org.onenumber.switchadapter.wire.Message;
import org.onenumber.switchadapter.wire.Request;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.Status;
import org.onenumber.switchadapter.wire.Subscribe;
import org.onenumber.switchadapter.wire.WireCodec;
import org.onenumber.switchadapter.wire.WireFormatException;

/**
 * One connection: reads requests in order and answers each before reading the next, as the protocol
 * promises; once subscribed, a second thread pushes events on the same socket. A message that is framed
 * correctly but is not valid XML gets 400 and the session goes on; a bad frame length ends the session,
 * because the stream cannot be resynchronised after it.
 */
final class Session implements Runnable {

    private static final Logger LOG = Logger.getLogger(Session.class.getName());
    private static final long PUSH_WAIT_MILLIS = 500;

    private final Socket socket;
    private final SwitchEmulator.Settings settings;
    private final Switchboard switchboard;
    private final EventLog events;
    private final FaultInjection faults;
    private final Consumer<Session> onClose;
    private final Object writeLock = new Object();
    private OutputStream out;
    private volatile boolean loggedIn;
    private volatile boolean open = true;
    private volatile Thread pusher;

    Session(Socket socket, SwitchEmulator.Settings settings, Switchboard switchboard, EventLog events,
            FaultInjection faults, Consumer<Session> onClose) {
        this.socket = socket;
        this.settings = settings;
        this.switchboard = switchboard;
        this.events = events;
        this.faults = faults;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            out = new BufferedOutputStream(socket.getOutputStream());
            byte[] frame;
            while (open && (frame = Frames.read(in)) != null) {
                handle(frame);
            }
        } catch (WireFormatException e) {
            LOG.log(Level.FINE, "Closing a session after a bad frame: {0}", e.getMessage());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Session ended: {0}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
            onClose.accept(this);
        }
    }

    /** Closes the socket at once, whatever is in flight: the way a crashing switch or a cut cable would. */
    void close() {
        open = false;
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
        Thread current = pusher;
        if (current != null) {
            current.interrupt();
        }
    }

    private void handle(byte[] frame) throws IOException, InterruptedException {
        Message message;
        try {
            message = WireCodec.decode(frame);
        } catch (WireFormatException e) {
            send(Response.of(e.requestId() == null ? "-" : e.requestId(), Status.BAD_REQUEST, e.getMessage()));
            return;
        }
        if (message instanceof Ack ack) {
            if (loggedIn) {
                events.ack(ack.seq());
            }
            return;
        }
        if (!(message instanceof Request request)) {
            send(Response.of("-", Status.BAD_REQUEST, "A client sends requests and acks only"));
            return;
        }
        if (faults.takeDrop()) {
            close();
            return;
        }
        Duration latency = faults.latency();
        if (!latency.isZero()) {
            Thread.sleep(latency.toMillis());
        }
        Optional<String> failure = faults.takeFailure();
        if (failure.isPresent()) {
            send(Response.of(request.id(), Status.UNAVAILABLE, failure.get()));
        } else if (request instanceof Login login) {
            send(login(login));
        } else if (!loggedIn) {
            send(Response.of(request.id(), Status.UNAUTHORIZED, "Log in first"));
        } else if (request instanceof Subscribe subscribe) {
            subscribe(subscribe);
        } else {
            send(switchboard.handle(request));
        }
    }

    private Response login(Login login) {
        if (settings.user().equals(login.user()) && settings.password().equals(login.password())) {
            loggedIn = true;
            return Response.of(login.id(), Status.OK, "Welcome");
        }
        return Response.of(login.id(), Status.UNAUTHORIZED, "Wrong user or password");
    }

    /**
     * Answers first, then starts pushing, so the client sees the response before any event. Subscribing
     * from N acknowledges everything up to N.
     */
    private void subscribe(Subscribe subscribe) throws IOException {
        long last = events.lastSeq();
        if (subscribe.fromSequence() < 0 || subscribe.fromSequence() > last) {
            send(Response.of(subscribe.id(), Status.BAD_REQUEST, "fromSequence " + subscribe.fromSequence()
                    + " is not in this switch's event stream (last seq " + last + "); subscribe from 0 after a reset"));
            return;
        }
        if (pusher != null) {
            send(Response.of(subscribe.id(), Status.BAD_REQUEST, "This connection is already subscribed"));
            return;
        }
        events.ack(subscribe.fromSequence());
        send(Response.of(subscribe.id(), Status.OK, "Subscribed after seq " + subscribe.fromSequence()
                + " (last seq " + last + ")"));
        pusher = new Thread(() -> push(subscribe.fromSequence()), "switchsim-events-" + socket.getPort());
        pusher.setDaemon(true);
        pusher.start();
    }

    private void push(long after) {
        long cursor = after;
        try {
            while (open) {
                List<Event> batch = events.awaitAfter(cursor, PUSH_WAIT_MILLIS);
                for (Event event : batch) {
                    send(event);
                    cursor = event.seq();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            close();
        }
    }

    private void send(Message message) throws IOException {
        synchronized (writeLock) {
            WireCodec.write(out, message);
        }
    }
}
