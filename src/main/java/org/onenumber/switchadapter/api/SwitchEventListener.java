package org.onenumber.switchadapter.api;

import java.util.List;
import org.onenumber.switchadapter.wire.Event;

/**
 * The message listener type of the adapter's inbound side: message-driven beans implement it. Events of one
 * activation arrive in seq order, those the switch had sent together in one call (at most
 * {@link org.onenumber.switchadapter.wire.SwitchClient#MAX_BURST}, in one transaction when delivery is
 * transacted), a lone event alone. They are acknowledged to the switch only after this method returned without an
 * exception, so a failure means they come again (a failed call of several goes again one event at a time). The
 * container does not tell the adapter when the transaction's commit fails after the method returned (Payara logs
 * it), so a consumer writes what could be refused within the call (a flush). Events may arrive more than once:
 * consumers de-duplicate by {@link Event#seq()}.
 */
public interface SwitchEventListener {

    void onSwitchEvents(List<Event> events);
}
