package org.onenumber.switchsim;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.onenumber.switchadapter.wire.Event;
import org.onenumber.switchadapter.wire.SwitchEvent;

/**
 * The switch's one event stream. Every event gets the next seq and stays until a consumer acknowledges it
 * (acks are cumulative), so a consumer that reconnects gets again whatever it had not acknowledged. The
 * number kept is capped; past the cap the oldest unacknowledged events are dropped, as a real switch's
 * buffer would, rather than letting a consumer that never acks exhaust memory.
 */
final class EventLog {

    static final int DEFAULT_CAPACITY = 100_000;

    private final Clock clock;
    private final int capacity;
    private final Deque<Event> retained = new ArrayDeque<>();
    private long lastSeq;
    private long ackedSeq;

    /** @param streamStart the seq after which the first event is numbered (acknowledged from the start) */
    EventLog(Clock clock, int capacity, long streamStart) {
        this.clock = clock;
        this.capacity = capacity;
        this.lastSeq = streamStart;
        this.ackedSeq = streamStart;
    }

    synchronized Event append(SwitchEvent body) {
        Event event = new Event(++lastSeq, clock.instant(), body);
        retained.addLast(event);
        if (retained.size() > capacity) {
            retained.removeFirst();
        }
        notifyAll();
        return event;
    }

    synchronized void ack(long seq) {
        ackedSeq = Math.max(ackedSeq, Math.min(seq, lastSeq));
        while (!retained.isEmpty() && retained.peekFirst().seq() <= ackedSeq) {
            retained.removeFirst();
        }
    }

    synchronized long lastSeq() {
        return lastSeq;
    }

    synchronized long ackedSeq() {
        return ackedSeq;
    }

    /** Waits up to {@code millis} for events after {@code seq}; returns them in order, possibly none. */
    synchronized List<Event> awaitAfter(long seq, long millis) throws InterruptedException {
        if (lastSeq <= seq) {
            wait(millis);
        }
        List<Event> events = new ArrayList<>();
        for (Event event : retained) {
            if (event.seq() > seq) {
                events.add(event);
            }
        }
        return events;
    }
}
