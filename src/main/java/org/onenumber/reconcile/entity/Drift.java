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

/**
 * One difference a run found for one item: what the switch holds (owner station, version) against what the
 * database wants. The account is the database's, or else the one the switch names; null when neither knows.
 */
@Entity
@Table(name = "reconciliation_drift")
public class Drift implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drift_ids")
    @SequenceGenerator(name = "drift_ids", sequenceName = "id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "carrier_id")
    private Long carrierId;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DriftKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemKind item;

    @Column(name = "item_key", nullable = false)
    private String itemKey;

    @Column(name = "switch_owner")
    private String switchOwner;

    @Column(name = "desired_owner")
    private String desiredOwner;

    @Column(name = "switch_version", nullable = false)
    private long switchVersion;

    @Column(name = "desired_version", nullable = false)
    private long desiredVersion;

    private String detail;

    @Column(nullable = false)
    private boolean repaired;

    protected Drift() {
    }

    public Drift(long runId, Long carrierId, Long accountId, DriftKind kind, ItemKind item, String itemKey,
                 String switchOwner, String desiredOwner, long switchVersion, long desiredVersion, String detail) {
        this.runId = runId;
        this.carrierId = carrierId;
        this.accountId = accountId;
        this.kind = kind;
        this.item = item;
        this.itemKey = itemKey;
        this.switchOwner = switchOwner;
        this.desiredOwner = desiredOwner;
        this.switchVersion = switchVersion;
        this.desiredVersion = desiredVersion;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public void repaired() {
        this.repaired = true;
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public Long getCarrierId() {
        return carrierId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public DriftKind getKind() {
        return kind;
    }

    public ItemKind getItem() {
        return item;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getSwitchOwner() {
        return switchOwner;
    }

    public String getDesiredOwner() {
        return desiredOwner;
    }

    public long getSwitchVersion() {
        return switchVersion;
    }

    public long getDesiredVersion() {
        return desiredVersion;
    }

    public String getDetail() {
        return detail;
    }

    public boolean isRepaired() {
        return repaired;
    }
}
