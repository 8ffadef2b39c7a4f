package org.onenumber.reconcile.control;

import org.onenumber.switchadapter.wire.AccountMobility;

/**
 * What the database wants the switch to hold for one item, keyed as the switch keys it: the account it belongs to,
 * the owner station for a mobile client ({@code station-<id>}), the target's desired version (0 when it never
 * reached the switch), whether a command for it is pending, and for an account its Mobility settings (filled in
 * for a page of accounts at once; null when the database has none).
 */
public record Desired(String key, long carrierId, long accountId, String owner, long version, boolean pending,
                      AccountMobility mobility) {

    public Desired withMobility(AccountMobility settings) {
        return new Desired(key, carrierId, accountId, owner, version, pending, settings);
    }
}
