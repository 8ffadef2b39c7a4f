package org.onenumber.switchadapter.inbound;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onenumber.switchadapter.api.SwitchEventListener;
import org.onenumber.switchadapter.wire.Event;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.SwitchClient;
import org.onenumber.switchadapter.wire.SwitchConnectionException;

/**
 * Keeps one activation subscribed for as long as it is active. Delivery happens on the connection's
 * reader thread, the events that arrived together in one call (one transaction), so events reach the bean in
 * seq order; they are acknowledged (up to the last) only after the bean returned, and a failed delivery of one
 * event drops the connection, so the switch sends it and those after it again ({@link #deliver}).
 */
class EventSubscription implements Work {

    private static final Logger LOG = Logger.getLogger(EventSubscription.class.getName());
    static final Method ON_SWITCH_EVENTS;

    static {
        try {
            ON_SWITCH_EVENTS = SwitchEventListener.class.getMethod("onSwitchEvents", List.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MessageEndpointFactory endpoints;
    private final SwitchActivationSpec spec;
    private final Backoff backoff;
    /** How long a connection without events must last to count as a working one, after which reconnecting starts over. */
    static final Duration STABLE = Duration.ofSeconds(10);
    private volatile boolean released;
    private volatile SwitchClient client;
    private volatile long lastAcknowledged;
    /** Whether the bean refused an event alone on the current connection (which then closed). */
    private volatile boolean refused;

    EventSubscription(MessageEndpointFactory endpoints, SwitchActivationSpec spec) {
        this.endpoints = endpoints;
        this.spec = spec;
        this.backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(spec.getMaxBackoffSeconds()));
    }

    @Override
    public void run() {
        while (!released) {
            CountDownLatch gone = new CountDownLatch(1);
            long startedAfter = lastAcknowledged;
            refused = false;
            try {
                subscribe(gone);
                long subscribedAt = System.nanoTime();
                while (!released && !gone.await(1, TimeUnit.SECONDS)) {
                    // waiting for the connection to end; checking now and then whether we were released
                }
                // the next attempt comes soon after a connection that recorded events, or that lasted without a
                // refusal; otherwise at ever longer intervals, up to the longest backoff, instead of every 250 ms:
                // after an event the bean refuses every time (a poison event), or a switch that drops the connection
                // as soon as it has accepted the subscription
                boolean recorded = lastAcknowledged > startedAfter;
                boolean lasted = System.nanoTime() - subscribedAt >= STABLE.toNanos();
                if (recorded || (lasted && !refused)) {
                    backoff.reset();
                }
            } catch (SwitchConnectionException e) {
                LOG.log(Level.FINE, "Switch event subscription failed", e);
                LOG.warning(() -> "Switch events unavailable (" + e.getMessage() + "); retrying in " + backoff.current());
            } catch (RuntimeException | Error e) { // whatever failed, the subscription lives on and tries again
                LOG.log(Level.WARNING, "Switch event subscription failed; retrying in " + backoff.current(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                closeClient();
            }
            if (!released && !backoff.sleep()) {
                return;
            }
        }
    }

    private void subscribe(CountDownLatch gone) throws SwitchConnectionException {
        SwitchClient connected = SwitchClient.connect(spec.getHost(), spec.portNumber(), spec.useTls(),
                Duration.ofSeconds(5), Duration.ofSeconds(10));
        client = connected;
        Response login = connected.login(spec.getUser(), spec.getPassword());
        if (!login.isSuccess()) {
            throw new SwitchConnectionException("The switch refused login " + spec.getUser() + ": " + login.text(), null);
        }
        Response subscribed = connected.subscribe(lastAcknowledged, new org.onenumber.switchadapter.wire.SwitchEventListener() {
            @Override
            public void onEvent(Event event) {
                deliver(connected, List.of(event));
            }

            @Override
            public void onEvents(List<Event> events) {
                deliver(connected, events);
            }

            @Override
            public void onClosed(SwitchConnectionException cause) {
                gone.countDown();
            }
        });
        if (!subscribed.isSuccess()) {
            throw new SwitchConnectionException("The switch refused the subscription: " + subscribed.text(), null);
        }
        LOG.info(() -> "Subscribed to switch events at " + spec.getHost() + ":" + spec.portNumber() + " after seq " + lastAcknowledged);
    }

    /**
     * Delivers the events in one call and acknowledges the last. When that call fails, they go again one at a time
     * on this connection, each acknowledged after its own call, so that the events before a failing one are kept;
     * the first that fails alone closes the connection, and the switch sends it and those after it again. Once the
     * connection is closed, what the reader still hands over is left for the switch to send again.
     */
    private void deliver(SwitchClient connection, List<Event> events) {
        if (!connection.isOpen()) {
            return;
        }
        Throwable failure = call(events);
        if (failure == null) {
            acknowledge(connection, events);
            return;
        }
        if (events.size() > 1) {
            LOG.log(Level.FINE, failure, () -> "Delivery of switch events " + events.get(0).seq() + " to "
                    + events.get(events.size() - 1).seq() + " failed; delivering them one at a time");
            for (Event event : events) {
                failure = call(List.of(event));
                if (failure != null) {
                    failed(connection, event, failure);
                    return;
                }
                if (!acknowledge(connection, List.of(event))) {
                    return;
                }
            }
            return;
        }
        failed(connection, events.get(0), failure);
    }

    /**
     * One call of the endpoint, in a transaction when delivery is transacted; the failure, or null. An error thrown
     * through the endpoint (a class that failed to link, a stack overflow) is a failed delivery too: let through, it
     * would end the connection's reader thread and, with it, every later event.
     */
    private Throwable call(List<Event> events) {
        MessageEndpoint endpoint = null;
        try {
            endpoint = endpoints.createEndpoint(null);
            boolean transacted = endpoints.isDeliveryTransacted(ON_SWITCH_EVENTS);
            if (transacted) {
                endpoint.beforeDelivery(ON_SWITCH_EVENTS);
            }
            try {
                ((SwitchEventListener) endpoint).onSwitchEvents(events);
            } finally {
                if (transacted) {
                    endpoint.afterDelivery();
                }
            }
            return null;
        } catch (Exception | Error e) {
            return e;
        } finally {
            if (endpoint != null) {
                try {
                    endpoint.release();
                } catch (RuntimeException | Error e) { // the delivery's outcome stands either way
                    LOG.log(Level.WARNING, "The container failed to release a switch event endpoint", e);
                }
            }
        }
    }

    /** Acknowledges the events up to the last (acknowledgements are cumulative); false when the connection broke. */
    private boolean acknowledge(SwitchClient connection, List<Event> events) {
        long last = events.get(events.size() - 1).seq();
        lastAcknowledged = last; // recorded: a new subscription starts after it even if the acknowledgement is lost
        try {
            connection.ack(last);
            return true;
        } catch (SwitchConnectionException e) {
            LOG.warning(() -> "Switch events up to " + last + " are recorded, but their acknowledgement failed ("
                    + e.getMessage() + "); the next subscription starts after them");
            return false;
        }
    }

    private void failed(SwitchClient connection, Event event, Throwable failure) {
        refused = true;
        LOG.log(Level.WARNING, "Delivery of switch event " + event.seq() + " failed; it and the events after it will"
                + " be sent again", failure);
        connection.close();
    }

    private void closeClient() {
        SwitchClient current = client;
        client = null;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public void release() {
        released = true;
        backoff.wake();
        closeClient();
    }

    /** Exponential backoff between reconnects, from {@code first} doubling up to {@code max}. */
    static final class Backoff {

        private final Duration first;
        private final Duration max;
        private Duration current;
        private final Object lock = new Object();
        private boolean woken;

        Backoff(Duration first, Duration max) {
            this.first = first;
            this.max = max;
            this.current = first;
        }

        Duration current() {
            return current;
        }

        void reset() {
            current = first;
        }

        /** Waits the current delay and doubles it; false when woken early to stop. */
        boolean sleep() {
            synchronized (lock) {
                long deadline = System.nanoTime() + current.toNanos();
                long left;
                while (!woken && (left = deadline - System.nanoTime()) > 0) {
                    try {
                        TimeUnit.NANOSECONDS.timedWait(lock, left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
                current = current.multipliedBy(2).compareTo(max) > 0 ? max : current.multipliedBy(2);
                return !woken;
            }
        }

        void wake() {
            synchronized (lock) {
                woken = true;
                lock.notifyAll();
            }
        }
    }
}
