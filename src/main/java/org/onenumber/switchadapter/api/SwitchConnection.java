package org.onenumber.switchadapter.api;

import java.util.List;
import java.util.function.Function;
import org.onenumber.switchadapter.wire.AccountMobility;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.PortalState;
import org.onenumber.switchadapter.wire.Request;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.SubscriberState;

/**
 * A logged-in session with the switch, borrowed from the pool; close it to give it back. Every method
 * returns the switch's {@link Response} (its status says applied, ignored as stale, refused or failed);
 * typed bodies are read with {@code response.body(InventoryPage.class)} and the like.
 */
public interface SwitchConnection extends AutoCloseable {

    /** Desired state of one subscriber; the switch applies it only if {@code version} is newer. */
    Response applySubscriber(String subscriber, long version, SubscriberState state) throws SwitchException;

    Response removeSubscriber(String subscriber, long version) throws SwitchException;

    Response applyPortal(String portal, long version, PortalState state) throws SwitchException;

    Response removePortal(String portal, long version) throws SwitchException;

    Response applyAccountMobility(String account, long version, AccountMobility mobility) throws SwitchException;

    /** Imperative; the switch runs a {@code commandId} once, however often it is sent. */
    Response moveCall(String commandId, String callId, Device target, String address) throws SwitchException;

    Response inventory(InventoryQuery.Kind kind, String cursor, int pageSize) throws SwitchException;

    Response registrations(String subscriber) throws SwitchException;

    Response activeCalls(String subscriber) throws SwitchException;

    /** The routing trace the switch's state implies for a call to {@code to}. */
    Response simulateCall(String to, String from) throws SwitchException;

    /**
     * Sends all the requests at once, each built around the request id given to it ({@code id -> new
     * ApplySubscriber(id, ...)}), with all of them in flight on this one connection, and returns their responses
     * in the order of the requests. A broken connection or a missing answer fails the exchange; the exception carries
     * the responses to the first requests that came before ({@link SwitchException#answered()}), and which of the
     * others the switch applied is unknown: sending them again is harmless only for versioned desired state.
     */
    List<Response> pipeline(List<? extends Function<String, ? extends Request>> requests) throws SwitchException;

    @Override
    void close();
}
