package org.onenumber.switchadapter.outbound;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.onenumber.switchadapter.api.SwitchException;
import org.onenumber.switchadapter.wire.Request;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switchadapter.wire.SwitchClient;
import org.onenumber.switchadapter.wire.SwitchConnectionException;

/**
 * One pooled, logged-in connection to the switch. Not transactional on purpose: desired-state commands
 * are versioned and moves carry command ids, so a resend after any failure is harmless; the outbox in
 * the application's database is what makes delivery reliable.
 */
class ManagedSwitchConnection implements ManagedConnection {

    private final SwitchManagedConnectionFactory factory;
    private final SwitchClient client;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<SwitchConnectionHandle> handles = ConcurrentHashMap.newKeySet();
    private PrintWriter logWriter;

    ManagedSwitchConnection(SwitchManagedConnectionFactory factory, SwitchClient client) {
        this.factory = factory;
        this.client = client;
    }

    boolean isOpen() {
        return client.isOpen();
    }

    Response send(Function<String, ? extends Request> request) throws SwitchException {
        try {
            return client.send(request);
        } catch (SwitchConnectionException e) {
            throw broken(e);
        }
    }

    /** Tells the pool this connection is gone, so it is destroyed rather than reused. */
    private SwitchException broken(SwitchConnectionException e) {
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_ERROR_OCCURRED, e);
        listeners.forEach(l -> l.connectionErrorOccurred(event));
        return new SwitchException("The switch at " + factory.describe() + " did not answer: " + e.getMessage(), e,
                e.answered());
    }

    List<Response> sendAll(List<? extends Function<String, ? extends Request>> requests) throws SwitchException {
        try {
            return client.sendAll(requests);
        } catch (SwitchConnectionException e) {
            throw broken(e);
        }
    }

    void closed(SwitchConnectionHandle handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        listeners.forEach(l -> l.connectionClosed(event));
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        SwitchConnectionHandle handle = new SwitchConnectionHandle(this);
        handles.add(handle);
        return handle;
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof SwitchConnectionHandle handle)) {
            throw new ResourceException("Not a switch connection: " + connection);
        }
        handle.moveTo(this);
        handles.add(handle);
    }

    @Override
    public void cleanup() {
        handles.forEach(SwitchConnectionHandle::detach);
        handles.clear();
    }

    @Override
    public void destroy() {
        cleanup();
        client.close();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("The switch takes no part in transactions; commands are idempotent");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("The switch takes no part in transactions; commands are idempotent");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "OneNumber switch protocol";
            }

            @Override
            public String getEISProductVersion() {
                return "1";
            }

            @Override
            public int getMaxConnections() {
                return 0;
            }

            @Override
            public String getUserName() {
                return factory.getUser();
            }
        };
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
