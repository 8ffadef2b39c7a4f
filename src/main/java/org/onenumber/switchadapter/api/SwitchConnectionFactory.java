package org.onenumber.switchadapter.api;

import jakarta.resource.Referenceable;
import java.io.Serializable;

/** Looked up or injected by the application; hands out pooled connections to the switch. */
public interface SwitchConnectionFactory extends Serializable, Referenceable {

    SwitchConnection getConnection() throws SwitchException;
}
