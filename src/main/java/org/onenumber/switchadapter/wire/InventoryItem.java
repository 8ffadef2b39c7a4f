package org.onenumber.switchadapter.wire;

/**
 * One thing the switch holds and the version it applied. For endpoints the key is
 * {@code KIND:address} and {@code owner} names the subscriber whose version it carries; otherwise owner is null.
 * {@code account} is the switch key of the account the thing belongs to ("account-&lt;id&gt;": a subscriber's and
 * its endpoints' as the subscriber's state names it, a portal's), null when the switch was not told or for an
 * account's own Mobility settings, whose key is the account. {@code mobility} is the Mobility settings the switch
 * holds for an ACCOUNT_MOBILITY item, null for every other kind: reconciliation compares them without a request per
 * account.
 */
public record InventoryItem(String key, long version, String owner, String account, AccountMobility mobility) {

    /** An item that names no account and carries no settings. */
    public InventoryItem(String key, long version, String owner) {
        this(key, version, owner, null, null);
    }
}
