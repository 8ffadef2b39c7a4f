package org.onenumber.switchadapter.api;

import java.util.List;
import org.onenumber.switchadapter.wire.Event;

/**
 * The message listener type of the adapter's inbound side: message-driven beans implement it. Events of one
 * activation arrive in seq order, those the switch had sent together in one call (at most
 * {@link org.onenumber.switchadapter.wire.SwitchClient#MAX_BURST}, in one transaction when delivery is
 * transacted), a lone event alone. They are acknowledged to the switch only after this method returned (and its
 * transaction committed), so a failure means they all come again, in a call that may group them otherwise. Events
 * may therefore arrive more than once: consumers de-duplicate by {@link Event#seq()}.
 */
public interface SwitchEventListener {

    void onSwitchEvents(List<Event> events);
}
