package org.onenumber.reconcile.boundary;

import java.util.List;
import org.onenumber.reconcile.control.Finding;
import org.onenumber.reconcile.entity.ItemKind;

/**
 * One key compared: its drift (often none) and the position after it, the switch's cursor of the page it came
 * from included, which the chunk that writes it stores with the run.
 */
public record Compared(ItemKind item, String key, String cursor, List<Finding> findings) {
}
