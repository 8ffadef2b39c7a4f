package org.onenumber.switchadapter.wire;

import java.util.List;

/** One page of inventory; {@code nextCursor} is null on the last page. */
public record InventoryPage(List<InventoryItem> items, String nextCursor) implements ResponseBody {

    public InventoryPage {
        items = List.copyOf(items);
    }
}
