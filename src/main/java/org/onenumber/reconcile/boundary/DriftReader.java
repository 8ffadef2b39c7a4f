package org.onenumber.reconcile.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.onenumber.platform.control.Channel;
import org.onenumber.reconcile.control.DesiredState;
import org.onenumber.reconcile.control.Merge;
import org.onenumber.reconcile.control.Pair;
import org.onenumber.reconcile.entity.ItemKind;
import org.onenumber.reconcile.entity.ReconciliationRun;
import org.onenumber.reconcile.entity.Scope;
import org.onenumber.switching.entity.SwitchTarget;
import org.onenumber.security.boundary.SystemCaller;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onenumber.switchadapter.wire.InventoryItem;
import org.onenumber.switchadapter.wire.InventoryQuery;
import org.onenumber.switching.boundary.SwitchConnections;
import org.onenumber.switching.control.SwitchProjection;

/**
 * Reads the merge of the switch's inventory and the database's desired state, one item kind after the other. It
 * resumes from the position the run's last committed chunk stored in the application's database (not from the
 * job repository's checkpoint, which commits apart from the chunk): so a restarted run neither compares an item twice
 * nor skips one.
 */
@Named("driftReader")
@Dependent
public class DriftReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    JobContext job;

    @Inject
    RunLedger ledger;

    @Inject
    SystemCaller systemCaller;

    @Inject
    DesiredState desired;

    @Inject
    SwitchConnections connections;

    @Inject
    SwitchProjection projection;

    /** Items per inventory request to the switch (at most the wire's maximum). */
    @Inject
    @ConfigProperty(name = "onenumber.reconcile.switch-page-size", defaultValue = "500")
    int switchPageSize;

    private long run;
    private long execution;
    private String renewedAt;
    private Scope scope;
    private Predicate<InventoryItem> inScope;
    private ItemKind item;
    private InventorySource held;
    private Merge merge;

    @Override
    public void open(Serializable checkpoint) {
        run = Long.parseLong(runId);
        execution = job.getExecutionId();
        ReconciliationRun state = systemCaller.run(principal(), () -> {
            ledger.claim(run, execution);
            ReconciliationRun r = ledger.run(run);
            ledger.executing(run, execution, desired.count(r.scope()));
            return r;
        });
        scope = state.scope();
        inScope = scopeFilter(scope);
        if (state.getPositionItem() == null) {
            start(ItemKind.values()[0], null, null);
        } else {
            start(state.getPositionItem(), state.getPositionCursor(), state.getPositionKey());
        }
    }

    @Override
    public Object readItem() {
        while (!merge.hasNext()) {
            if (item.ordinal() + 1 == ItemKind.values().length) {
                return null;
            }
            start(ItemKind.values()[item.ordinal() + 1], null, null);
        }
        String cursor = held.pageCursor();
        if (!Objects.equals(cursor, renewedAt)) { // a page of the switch read since: the run is still being worked on
            renewedAt = cursor;
            systemCaller.run(principal(), () -> {
                ledger.stillWorking(run, execution);
                return null;
            });
        }
        Pair pair = merge.next();
        return new Step(pair, cursor);
    }

    @Override
    public Serializable checkpointInfo() {
        return item == null ? null : item.name();
    }

    /** What the processor gets: the pair and the switch page it was read from. */
    public record Step(Pair pair, String cursor) {
    }

    private void start(ItemKind kind, String cursor, String after) {
        item = kind;
        held = new InventorySource(connections, kind, inScope, cursor, after,
                Math.max(1, Math.min(switchPageSize, InventoryQuery.MAX_PAGE_SIZE)));
        merge = new Merge(kind, held, new DesiredSource(desired, kind, scope, after, projection::desiredAccountMobility));
    }

    private Predicate<InventoryItem> scopeFilter(Scope scope) {
        return switch (scope.kind()) {
            case EVERYTHING -> h -> true;
            case ACCOUNT -> h -> scope.accountId().equals(accountOf(h));
            case CARRIER -> {
                Set<Long> accounts = new HashSet<>(systemCaller.run(principal(), () -> desiredAccounts(scope.carrierId())));
                yield h -> accounts.contains(accountOf(h));
            }
        };
    }

    private java.util.List<Long> desiredAccounts(long carrierId) {
        return desired.accountsOf(carrierId);
    }

    private static Long accountOf(InventoryItem h) {
        Long fromKey = SwitchTarget.accountId(h.key());
        return fromKey != null ? fromKey : SwitchTarget.accountId(h.account());
    }

    SystemCaller.Principal principal() {
        return new SystemCaller.Principal("license-reconciliation", scope == null || scope.carrierId() == null ? 0
                : scope.carrierId(), null, Channel.BATCH);
    }
}
