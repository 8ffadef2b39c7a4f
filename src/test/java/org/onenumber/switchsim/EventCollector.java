package org.onenumber.switchsim;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.onenumber.switchadapter.wire.Event;
import org.onenumber.switchadapter.wire.SwitchConnectionException;
import org.onenumber.switchadapter.wire.SwitchEventListener;

/** Collects pushed events and the close notice, so tests wait for them with a bound instead of sleeping. */
final class EventCollector implements SwitchEventListener {

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> closes = new LinkedBlockingQueue<>();

    @Override
    public void onEvent(Event event) {
        events.add(event);
    }

    @Override
    public void onClosed(SwitchConnectionException cause) {
        closes.add(cause == null ? "closed by us" : cause.getMessage());
    }

    List<Event> take(int count) throws InterruptedException {
        List<Event> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Event event = events.poll(RunningEmulator.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(event, "event " + (i + 1) + " of " + count + " did not arrive");
            taken.add(event);
        }
        return taken;
    }

    String awaitClose() throws InterruptedException {
        String cause = closes.poll(RunningEmulator.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(cause, "the connection was not reported closed");
        return cause;
    }
}
