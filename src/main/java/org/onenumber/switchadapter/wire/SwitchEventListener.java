package org.onenumber.switchadapter.wire;

import java.util.List;

/**
 * Receives pushed events on the client's reader thread, in seq order. Keep it short or hand the event
 * off: while it runs, no further frame (response or event) on that connection is read.
 */
public interface SwitchEventListener {

    void onEvent(Event event);

    /**
     * The events that had arrived together (read without waiting for the network, at most
     * {@link SwitchClient#MAX_BURST}), in seq order; one at a time unless overridden.
     */
    default void onEvents(List<Event> events) {
        events.forEach(this::onEvent);
    }

    /** The connection ended; {@code cause} is null when this side closed it. Reconnect and re-subscribe here. */
    default void onClosed(SwitchConnectionException cause) {
    }
}
