package org.onenumber.switching.control;

import java.util.Optional;
import org.onenumber.switchadapter.wire.PortalState;

/**
 * The extension point through which Office Anywhere gives a portal's desired state: its number, name,
 * extension and the users it serves (the company or one site). Empty when the portal is gone, and the switch is
 * told to remove it. Read with fresh queries, after the target's version lock (see {@link SubscriberContributor}).
 */
public interface PortalContributor {

    Optional<PortalState> state(long portalId);
}
