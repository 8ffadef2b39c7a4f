package org.onenumber.switching.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import org.onenumber.switchadapter.api.SwitchConnection;
import org.onenumber.switchadapter.api.SwitchConnectionFactory;
import org.onenumber.switchadapter.api.SwitchException;

/**
 * The pooled connections to the switch, defined by the application and bound to the RAR deployed before
 * it (its name is its file name: onenumber-switch). Where the switch is comes from MicroProfile Config.
 * A connection that breaks is reported by the adapter and destroyed by the pool, and the adapter only
 * matches open connections, so no separate validation query is configured.
 */
@ConnectionFactoryDefinition(
        name = SwitchConnections.JNDI,
        interfaceName = "org.onenumber.switchadapter.api.SwitchConnectionFactory",
        resourceAdapter = "onenumber-switch",
        transactionSupport = TransactionSupportLevel.NoTransaction,
        minPoolSize = 0,
        maxPoolSize = 16,
        properties = {
            "host=${MPCONFIG=onenumber.switch.host}",
            "port=${MPCONFIG=onenumber.switch.port}",
            "tls=${MPCONFIG=onenumber.switch.tls}",
            "user=${MPCONFIG=onenumber.switch.user}",
            "password=${MPCONFIG=onenumber.switch.password}"
        })
@ApplicationScoped
public class SwitchConnections {

    public static final String JNDI = "java:app/switch/connections";

    @Resource(lookup = JNDI)
    SwitchConnectionFactory factory;

    public SwitchConnection open() throws SwitchException {
        return factory.getConnection();
    }

    /** True when the factory is bound (the RAR is deployed); says nothing about the switch being up. */
    public boolean isBound() {
        return factory != null;
    }
}
