package org.onenumber.switchadapter.api;

import org.onenumber.switchadapter.wire.Event;

/**
 * The message listener type of the adapter's inbound side: message-driven beans implement it. Events of
 * one activation arrive one at a time in seq order; an event is acknowledged to the switch only after this
 * method returned (and its transaction committed), so a failure means the event comes again. Events may
 * therefore arrive more than once: consumers de-duplicate by {@link Event#seq()}.
 */
public interface SwitchEventListener {

    void onSwitchEvent(Event event);
}
