package org.onenumber.reconcile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.onenumber.platform.control.Reasons;

/**
 * One reconciliation run: its scope and mode, where it stands, what it found. The position (item kind, last key
 * compared, the switch's cursor of the page that key came from) is written in the same transaction as each chunk's
 * drift rows and repairs, so a run restarted after its instance died resumes exactly after the last committed item.
 */
@Entity
@Table(name = "reconciliation_run")
public class ReconciliationRun implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "run_ids")
    @SequenceGenerator(name = "run_ids", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false)
    private Scope.Kind scopeKind;

    @Column(name = "carrier_id")
    private Long carrierId;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStatus status = RunStatus.QUEUED;

    @Column(name = "repair_of")
    private Long repairOf;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "items_done", nullable = false)
    private long itemsDone;

    @Column(name = "items_total", nullable = false)
    private long itemsTotal;

    @Column(nullable = false)
    private int orphans;

    @Column(nullable = false)
    private int missing;

    @Column(name = "wrong_station", nullable = false)
    private int wrongStation;

    @Column(nullable = false)
    private int stuck;

    @Column(nullable = false)
    private int settings;

    @Column(nullable = false)
    private int repairs;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_item")
    private ItemKind positionItem;

    @Column(name = "position_key")
    private String positionKey;

    @Column(name = "position_cursor")
    private String positionCursor;

    @Column(name = "last_error")
    private String lastError;

    protected ReconciliationRun() {
    }

    public ReconciliationRun(Scope scope, RunMode mode, String startedBy, Long repairOf) {
        this.scopeKind = scope.kind();
        this.carrierId = scope.carrierId();
        this.accountId = scope.accountId();
        this.mode = mode;
        this.startedBy = startedBy;
        this.repairOf = repairOf;
        this.createdAt = Instant.now();
    }

    public Scope scope() {
        return new Scope(scopeKind, carrierId, accountId);
    }

    public void started(long executionId, long itemsTotal) {
        this.executionId = executionId;
        this.status = RunStatus.RUNNING;
        this.lastError = null;
        this.finishedAt = null;
        if (startedAt == null) {
            this.startedAt = Instant.now();
            this.itemsTotal = itemsTotal;
        }
    }

    /** Restarted: it waits for its new job execution, which resumes from its position. */
    public void requeued() {
        status = RunStatus.QUEUED;
        lastError = null;
        finishedAt = null;
    }

    /** One more drift counted. */
    public void found(DriftKind kind) {
        switch (kind) {
            case ORPHAN -> orphans++;
            case MISSING -> missing++;
            case WRONG_STATION -> wrongStation++;
            case STUCK -> stuck++;
            case SETTINGS -> settings++;
        }
    }

    public void repaired() {
        repairs++;
    }

    /** The chunk that compared up to {@code key} committed. */
    public void advance(long items, ItemKind item, String key, String cursor) {
        this.itemsDone += items;
        this.positionItem = item;
        this.positionKey = key;
        this.positionCursor = cursor;
    }

    public void completed() {
        status = RunStatus.COMPLETED;
        finishedAt = Instant.now();
        if (itemsTotal < itemsDone) {
            itemsTotal = itemsDone;
        }
    }

    public void failed(String reason) {
        status = RunStatus.FAILED;
        finishedAt = Instant.now();
        lastError = Reasons.bounded(reason);
    }

    /** Progress in percent for the page; never 100 before the run completed. */
    public int percent() {
        if (status == RunStatus.COMPLETED) {
            return 100;
        }
        if (itemsTotal <= 0) {
            return 0;
        }
        return (int) Math.min(99, itemsDone * 100 / itemsTotal);
    }

    public int driftCount() {
        return orphans + missing + wrongStation + stuck + settings;
    }

    public Long getId() {
        return id;
    }

    public Scope.Kind getScopeKind() {
        return scopeKind;
    }

    public Long getCarrierId() {
        return carrierId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public RunMode getMode() {
        return mode;
    }

    public RunStatus getStatus() {
        return status;
    }

    public Long getRepairOf() {
        return repairOf;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public long getItemsDone() {
        return itemsDone;
    }

    public long getItemsTotal() {
        return itemsTotal;
    }

    public int getOrphans() {
        return orphans;
    }

    public int getMissing() {
        return missing;
    }

    public int getWrongStation() {
        return wrongStation;
    }

    public int getStuck() {
        return stuck;
    }

    public int getSettings() {
        return settings;
    }

    public int getRepairs() {
        return repairs;
    }

    public ItemKind getPositionItem() {
        return positionItem;
    }

    public String getPositionKey() {
        return positionKey;
    }

    public String getPositionCursor() {
        return positionCursor;
    }

    public String getLastError() {
        return lastError;
    }
}
