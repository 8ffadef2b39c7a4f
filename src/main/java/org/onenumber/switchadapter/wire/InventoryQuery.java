package org.onenumber.switchadapter.wire;

/** One page of what the switch holds, in key order; a null cursor asks for the first page. */
public record InventoryQuery(String id, Kind kind, String cursor, int pageSize) implements Request {

    public static final int MAX_PAGE_SIZE = 500;

    public enum Kind {
        SUBSCRIBER,
        ENDPOINT,
        PORTAL,
        ACCOUNT_MOBILITY
    }
}
