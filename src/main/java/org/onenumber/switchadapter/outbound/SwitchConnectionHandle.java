package org.onenumber.switchadapter.outbound;

import java.util.List;
import java.util.function.Function;
import org.onenumber.switchadapter.api.SwitchConnection;
import org.onenumber.switchadapter.api.SwitchException;
import org.onenumber.switchadapter.wire.AccountMobility;
import org.onenumber.switchadapter.wire.ActiveCallsQuery;
import org.onenumber.switchadapter.wire.ApplyAccountMobility;
import org.onenumber.switchadapter.wire.ApplyPortal;
import org.onenumber.switchadapter.wire.ApplySubscriber;
import org.onenumber.switchadapter.wire.Device;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.MoveCall;
import org.onenumber.switchadapter.wire.PortalState;
import org.onenumber.switchadapter.wire.RegistrationsQuery;
import org.onenumber.switchadapter.wire.RemovePortal;
import org.onenumber.switchadapter.wire.RemoveSubscriber;
import org.onenumber.switchadapter.wire.Request;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.SimulateCall;
import org.onenumber.switchadapter.wire.SubscriberState;

/** What the application holds between getConnection() and close(): a handle on a pooled connection. */
public class SwitchConnectionHandle implements SwitchConnection {

    private volatile ManagedSwitchConnection managed;

    SwitchConnectionHandle(ManagedSwitchConnection managed) {
        this.managed = managed;
    }

    void moveTo(ManagedSwitchConnection other) {
        this.managed = other;
    }

    void detach() {
        this.managed = null;
    }

    private Response send(Function<String, ? extends Request> request) throws SwitchException {
        ManagedSwitchConnection current = managed;
        if (current == null) {
            throw new SwitchException("This switch connection was closed", null);
        }
        return current.send(request);
    }

    @Override
    public Response applySubscriber(String subscriber, long version, SubscriberState state) throws SwitchException {
        return send(id -> new ApplySubscriber(id, subscriber, version, state));
    }

    @Override
    public Response removeSubscriber(String subscriber, long version) throws SwitchException {
        return send(id -> new RemoveSubscriber(id, subscriber, version));
    }

    @Override
    public Response applyPortal(String portal, long version, PortalState state) throws SwitchException {
        return send(id -> new ApplyPortal(id, portal, version, state));
    }

    @Override
    public Response removePortal(String portal, long version) throws SwitchException {
        return send(id -> new RemovePortal(id, portal, version));
    }

    @Override
    public Response applyAccountMobility(String account, long version, AccountMobility mobility) throws SwitchException {
        return send(id -> new ApplyAccountMobility(id, account, version, mobility));
    }

    @Override
    public Response moveCall(String commandId, String callId, Device target, String address) throws SwitchException {
        return send(id -> new MoveCall(id, commandId, callId, target, address));
    }

    @Override
    public Response inventory(InventoryQuery.Kind kind, String cursor, int pageSize) throws SwitchException {
        return send(id -> new InventoryQuery(id, kind, cursor, pageSize));
    }

    @Override
    public Response registrations(String subscriber) throws SwitchException {
        return send(id -> new RegistrationsQuery(id, subscriber));
    }

    @Override
    public Response activeCalls(String subscriber) throws SwitchException {
        return send(id -> new ActiveCallsQuery(id, subscriber));
    }

    @Override
    public Response simulateCall(String to, String from) throws SwitchException {
        return send(id -> new SimulateCall(id, to, from));
    }

    @Override
    public List<Response> pipeline(List<? extends Function<String, ? extends Request>> requests) throws SwitchException {
        ManagedSwitchConnection current = managed;
        if (current == null) {
            throw new SwitchException("This switch connection was closed", null);
        }
        return current.sendAll(requests);
    }

    @Override
    public void close() {
        ManagedSwitchConnection current = managed;
        if (current != null) {
            managed = null;
            current.closed(this);
        }
    }
}
