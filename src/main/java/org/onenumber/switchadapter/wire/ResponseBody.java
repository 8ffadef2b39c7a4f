package org.onenumber.switchadapter.wire;

/** The payload of a query's response. */
public sealed interface ResponseBody permits InventoryPage, RegistrationList, CallList, RoutingTrace, PortalCallResult {
}
