package org.onenumber.reconcile.control;

import org.onenumber.reconcile.entity.ItemKind;
import org.onenumber.switchadapter.wire.InventoryItem;

/** One key of the merge: what the database wants (or null) and what the switch holds (or null), never both null. */
public record Pair(ItemKind item, Desired desired, InventoryItem held) {

    public Pair {
        if (desired == null && held == null) {
            throw new IllegalArgumentException("A pair has at least one side");
        }
    }

    public String key() {
        return desired != null ? desired.key() : held.key();
    }
}
