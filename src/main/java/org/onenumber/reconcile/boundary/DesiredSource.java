package org.onenumber.reconcile.boundary;

import java.util.ArrayDeque;
import java.util.Deque;
import org.onenumber.reconcile.control.Desired;
import org.onenumber.reconcile.control.DesiredState;
import org.onenumber.reconcile.control.Merge;
import org.onenumber.reconcile.entity.ItemKind;
import org.onenumber.reconcile.entity.Scope;

/** The database's desired state of one item kind, a keyset page at a time after the last key read. */
final class DesiredSource implements Merge.Source<Desired> {

    static final int PAGE = 500;

    private final DesiredState state;
    private final ItemKind item;
    private final Scope scope;
    private final Deque<Desired> buffer = new ArrayDeque<>();
    private String after;
    private boolean last;

    DesiredSource(DesiredState state, ItemKind item, Scope scope, String resumeAfter) {
        this.state = state;
        this.item = item;
        this.scope = scope;
        this.after = resumeAfter;
    }

    @Override
    public Desired peek() {
        if (buffer.isEmpty() && !last) {
            var page = state.page(item, scope, after, PAGE);
            buffer.addAll(page);
            last = page.size() < PAGE;
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).key();
            }
        }
        return buffer.peekFirst();
    }

    @Override
    public Desired take() {
        Desired next = peek();
        buffer.removeFirst();
        return next;
    }
}
