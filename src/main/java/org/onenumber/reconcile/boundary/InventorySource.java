package org.onenumber.reconcile.boundary;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;
import org.onenumber.reconcile.control.Merge;
import org.onenumber.reconcile.entity.ItemKind;
import org.onenumber.switchadapter.api.SwitchConnection;
import org.onenumber.switchadapter.api.SwitchException;
import org.onenumber.switchadapter.wire.InventoryItem;
import org.onenumber.switchadapter.wire.InventoryPage;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switchadapter.wire.Response;
import org.onenumber.switching.boundary.SwitchConnections;

/**
 * The switch's inventory of one item kind, a page at a time through the adapter's pooled connections (borrowed for
 * each page, so a run never holds one between chunks). It keeps the cursor of the page it is reading: a run that
 * resumes asks for that page again and skips what it already compared.
 */
final class InventorySource implements Merge.Source<InventoryItem> {

    private static final String CLIENT = "MOBILE_CLIENT:";

    private final SwitchConnections connections;
    private final ItemKind item;
    private final Predicate<InventoryItem> inScope;
    private final String resumeAfter;
    private final int pageSize;
    private final Deque<InventoryItem> buffer = new ArrayDeque<>();
    private String pageCursor;
    private String nextCursor;
    private boolean last;

    InventorySource(SwitchConnections connections, ItemKind item, Predicate<InventoryItem> inScope, String resumeCursor,
                    String resumeAfter, int pageSize) {
        this.connections = connections;
        this.item = item;
        this.inScope = inScope;
        this.resumeAfter = resumeAfter;
        this.nextCursor = resumeCursor;
        this.pageSize = pageSize;
    }

    /** The cursor of the page the next item comes from (null: the first page). */
    String pageCursor() {
        return pageCursor;
    }

    @Override
    public InventoryItem peek() {
        while (buffer.isEmpty() && !last) {
            fetch();
        }
        return buffer.peekFirst();
    }

    @Override
    public InventoryItem take() {
        InventoryItem next = peek();
        buffer.removeFirst();
        return next;
    }

    private void fetch() {
        pageCursor = nextCursor;
        InventoryPage page;
        try (SwitchConnection connection = connections.open()) {
            Response response = connection.inventory(kind(), pageCursor, pageSize);
            if (!response.isSuccess()) {
                throw new IllegalStateException("The switch answered " + response.status().code() + " " + response.text()
                        + " to an inventory query");
            }
            page = response.body(InventoryPage.class);
        } catch (SwitchException e) {
            throw new IllegalStateException("The switch could not be read: " + e.getMessage(), e);
        }
        for (InventoryItem held : page.items()) {
            if (item == ItemKind.MOBILE_CLIENT && !held.key().startsWith(CLIENT)) {
                continue;
            }
            if (resumeAfter != null && held.key().compareTo(resumeAfter) <= 0) {
                continue;
            }
            if (inScope.test(held)) {
                buffer.addLast(held);
            }
        }
        nextCursor = page.nextCursor();
        last = nextCursor == null;
    }

    private InventoryQuery.Kind kind() {
        return switch (item) {
            case ACCOUNT_MOBILITY -> InventoryQuery.Kind.ACCOUNT_MOBILITY;
            case PORTAL -> InventoryQuery.Kind.PORTAL;
            case SUBSCRIBER -> InventoryQuery.Kind.SUBSCRIBER;
            case MOBILE_CLIENT -> InventoryQuery.Kind.ENDPOINT;
        };
    }
}
