package org.onenumber.reconcile.control;

import org.onenumber.reconcile.entity.DriftKind;
import org.onenumber.reconcile.entity.ItemKind;

/**
 * One drift as the comparison finds it. The account is the database's or else the one the switch names (null when
 * neither knows); the carrier is the database's, null until the account is looked up.
 */
public record Finding(DriftKind kind, ItemKind item, String key, Long carrierId, Long accountId, String switchOwner,
                      String desiredOwner, long switchVersion, long desiredVersion, String detail) {

    public Finding withCarrier(Long carrier) {
        return new Finding(kind, item, key, carrier, accountId, switchOwner, desiredOwner, switchVersion, desiredVersion,
                detail);
    }
}
