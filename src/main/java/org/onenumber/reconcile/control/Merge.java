package org.onenumber.reconcile.control;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.onenumber.reconcile.entity.ItemKind;
import org.onenumber.switchadapter.wire.InventoryItem;

/**
 * Walks two key-ordered streams at once, the switch's inventory and the database's desired state, and pairs equal
 * keys: memory holds one page of each, whatever the number of items. Keys compare as Java strings (the switch's
 * inventory order, see the wire protocol). A stream that goes backwards would make the merge report drift that is
 * not there, so it stops the run instead; the database may repeat a key (a device identity two carriers both
 * use), the switch never.
 */
public final class Merge implements Iterator<Pair> {

    /** A stream that can show its next element without taking it. */
    public interface Source<T> {

        /** The next element, or null at the end. */
        T peek();

        /** Takes the element {@link #peek} showed. */
        T take();
    }

    private final ItemKind item;
    private final Ordered<InventoryItem> held;
    private final Ordered<Desired> desired;

    public Merge(ItemKind item, Source<InventoryItem> held, Source<Desired> desired) {
        this.item = item;
        this.held = new Ordered<>("the switch's inventory", held, InventoryItem::key, true);
        this.desired = new Ordered<>("the database's desired state", desired, Desired::key, false);
    }

    @Override
    public boolean hasNext() {
        return held.peek() != null || desired.peek() != null;
    }

    @Override
    public Pair next() {
        InventoryItem h = held.peek();
        Desired d = desired.peek();
        if (h == null && d == null) {
            throw new NoSuchElementException();
        }
        int order = h == null ? 1 : d == null ? -1 : h.key().compareTo(d.key());
        if (order == 0) {
            return new Pair(item, desired.take(), held.take());
        }
        return order < 0 ? new Pair(item, null, held.take()) : new Pair(item, desired.take(), null);
    }

    private static final class Ordered<T> {

        private final String name;
        private final Source<T> source;
        private final Function<T, String> key;
        private final boolean strict;
        private String last;

        Ordered(String name, Source<T> source, Function<T, String> key, boolean strict) {
            this.name = name;
            this.source = source;
            this.key = key;
            this.strict = strict;
        }

        T peek() {
            T next = source.peek();
            if (next != null && last != null) {
                int order = key.apply(next).compareTo(last);
                if (order < 0 || (strict && order == 0)) {
                    throw new IllegalStateException(name + " is not in key order: " + key.apply(next) + " after " + last);
                }
            }
            return next;
        }

        T take() {
            T next = source.take();
            last = key.apply(next);
            return next;
        }
    }
}
