package org.onenumber.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.onenumber.platform.entity.Identified;

/**
 * One line of a statement. QUANTITY: an item's unit-days and peak over the month; USAGE: toll calls and billed
 * minutes of a rate class; ADJUSTMENT: the difference found later for an earlier, closed month ({@link #getForMonth}),
 * in the same units. The page and the CSV print the same texts ({@link #dayWeightedText} and friends).
 */
@Entity
@Table(name = "billing_line")
public class StatementLine extends Identified {

    public enum Kind { QUANTITY, USAGE, ADJUSTMENT }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    private BillingStatement statement;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String item;

    @Column(name = "for_month", nullable = false)
    private String forMonth;

    @Column(name = "basis_days", nullable = false)
    private int basisDays;

    @Column(name = "unit_days", nullable = false)
    private long unitDays;

    @Column(nullable = false)
    private int peak;

    @Column(nullable = false)
    private long calls;

    @Column(name = "billed_minutes", nullable = false)
    private long billedMinutes;

    /** No tariff is kept yet: toll calls are counted, the carrier prices them. */
    @Column
    private BigDecimal charge;

    protected StatementLine() {
    }

    StatementLine(BillingStatement statement, int position, LineFigures figures) {
        this.statement = statement;
        this.position = position;
        this.kind = figures.kind();
        this.item = figures.item();
        this.forMonth = figures.forMonth();
        this.basisDays = figures.basisDays();
        this.unitDays = figures.unitDays();
        this.peak = figures.peak();
        this.calls = figures.calls();
        this.billedMinutes = figures.billedMinutes();
    }

    public boolean isUsage() {
        return item.startsWith(BillingItem.TOLL_PREFIX);
    }

    public LineFigures figures() {
        return new LineFigures(kind, item, forMonth, basisDays, unitDays, peak, calls, billedMinutes);
    }

    public String getTitle() {
        return BillingItem.titleOf(item);
    }

    public String dayWeightedText() {
        return isUsage() ? "" : BigDecimal.valueOf(unitDays).divide(BigDecimal.valueOf(basisDays), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    public String peakText() {
        return isUsage() ? "" : String.valueOf(peak);
    }

    public String unitDaysText() {
        return isUsage() ? "" : String.valueOf(unitDays);
    }

    public String callsText() {
        return isUsage() ? String.valueOf(calls) : "";
    }

    public String billedMinutesText() {
        return isUsage() ? String.valueOf(billedMinutes) : "";
    }

    public String chargeText() {
        return charge == null ? "" : charge.toPlainString();
    }

    public Kind getKind() {
        return kind;
    }

    public String getItem() {
        return item;
    }

    public String getForMonth() {
        return forMonth;
    }

    public int getBasisDays() {
        return basisDays;
    }

    public long getUnitDays() {
        return unitDays;
    }

    public int getPeak() {
        return peak;
    }

    public long getCalls() {
        return calls;
    }

    public long getBilledMinutes() {
        return billedMinutes;
    }

    public BigDecimal getCharge() {
        return charge;
    }

    public int getPosition() {
        return position;
    }
}
