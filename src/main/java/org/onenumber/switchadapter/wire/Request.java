package org.onenumber.switchadapter.wire;

/** A message that the switch answers with exactly one {@link Response} carrying the same id. */
public sealed interface Request extends Message
        permits Login, ApplySubscriber, ApplyPortal, ApplyAccountMobility, RemoveSubscriber, RemovePortal,
        MoveCall, PortalCall, InventoryQuery, RegistrationsQuery, ActiveCallsQuery, SimulateCall, Subscribe {

    /** Chosen by the client, unique per connection; the response echoes it. */
    String id();
}
