package org.onenumber.reconcile.boundary;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.onenumber.reconcile.control.Desired;
import org.onenumber.reconcile.control.DesiredState;
import org.onenumber.reconcile.control.Merge;
import org.onenumber.reconcile.entity.ItemKind;
import org.onenumber.reconcile.entity.Scope;
import org.onenumber.switchadapter.wire.AccountMobility;

/**
 * The database's desired state of one item kind, a keyset page at a time after the last key read. An account's
 * Mobility settings come with its page, looked up for the whole page at once (one query, not one per account).
 */
final class DesiredSource implements Merge.Source<Desired> {

    static final int PAGE = 1000;

    private final DesiredState state;
    private final ItemKind item;
    private final Scope scope;
    private final Function<Collection<Long>, Map<Long, AccountMobility>> settings;
    private final Deque<Desired> buffer = new ArrayDeque<>();
    private String after;
    private boolean last;

    DesiredSource(DesiredState state, ItemKind item, Scope scope, String resumeAfter,
                  Function<Collection<Long>, Map<Long, AccountMobility>> settings) {
        this.state = state;
        this.item = item;
        this.scope = scope;
        this.settings = settings;
        this.after = resumeAfter;
    }

    @Override
    public Desired peek() {
        if (buffer.isEmpty() && !last) {
            List<Desired> page = state.page(item, scope, after, PAGE);
            if (item == ItemKind.ACCOUNT_MOBILITY && !page.isEmpty()) {
                Map<Long, AccountMobility> held = settings.apply(page.stream().map(Desired::accountId).toList());
                page = page.stream().map(d -> d.withMobility(held.get(d.accountId()))).toList();
            }
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
