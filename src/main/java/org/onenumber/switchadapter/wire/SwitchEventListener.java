package org.onenumber.switchadapter.wire;

/**
 * Receives pushed events on the client's reader thread, in seq order. Keep it short or hand the event
 * off: while it runs, no further frame (response or event) on that connection is read.
 */
public interface SwitchEventListener {

    void onEvent(Event event);

    /** The connection ended; {@code cause} is null when this side closed it. Reconnect and re-subscribe here. */
    default void onClosed(SwitchConnectionException cause) {
    }
}
