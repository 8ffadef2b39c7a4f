package org.onenumber.switchadapter.wire;

/**
 * One thing the switch holds and the version it applied. For endpoints the key is
 * {@code KIND:address} and {@code owner} names the subscriber whose version it carries; otherwise owner is null.
 */
public record InventoryItem(String key, long version, String owner) {
}
