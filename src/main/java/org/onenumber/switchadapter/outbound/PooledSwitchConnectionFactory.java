package org.onenumber.switchadapter.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;
import org.onenumber.switchadapter.api.SwitchConnection;
import org.onenumber.switchadapter.api.SwitchConnectionFactory;
import org.onenumber.switchadapter.api.SwitchException;

/** The factory the application gets from JNDI; connections come from the container's pool. */
public class PooledSwitchConnectionFactory implements SwitchConnectionFactory {

    private static final long serialVersionUID = 1L;

    private final SwitchManagedConnectionFactory factory;
    private final transient ConnectionManager manager;
    private Reference reference;

    PooledSwitchConnectionFactory(SwitchManagedConnectionFactory factory, ConnectionManager manager) {
        this.factory = factory;
        this.manager = manager;
    }

    @Override
    public SwitchConnection getConnection() throws SwitchException {
        try {
            return (SwitchConnection) manager.allocateConnection(factory, null);
        } catch (ResourceException e) {
            throw new SwitchException("No connection to the switch at " + factory.describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
