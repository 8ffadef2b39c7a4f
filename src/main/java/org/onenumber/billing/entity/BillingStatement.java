package org.onenumber.billing.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.platform.control.ConflictException;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.entity.Identified;
import org.onenumber.platform.entity.Tenant;

/**
 * An account's billing statement for one month. OPEN while the month runs: each true-up makes it again, to date.
 * CLOSED by the first true-up after the month ended: from then on it never changes, and what changes later about its
 * month appears as an adjustment in a later statement.
 */
@Entity
@Table(name = "billing_statement")
public class BillingStatement extends Identified implements Tenant {

    public enum Status { OPEN, CLOSED }

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "carrier_id", nullable = false)
    private long carrierId;

    @Column(name = "account_name", nullable = false)
    private String accountName;

    @Column(name = "billing_month", nullable = false)
    private String month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "days_in_month", nullable = false)
    private int daysInMonth;

    @Column(name = "recorded_days", nullable = false)
    private int recordedDays;

    @Column(name = "unmeasured_days", nullable = false)
    private int unmeasuredDays;

    @Column(name = "produced_at", nullable = false)
    private Instant producedAt;

    @Column(name = "produced_by", nullable = false)
    private String producedBy;

    @Column(name = "day_table", nullable = false)
    private String dayTable;

    @OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<StatementLine> lines = new ArrayList<>();

    protected BillingStatement() {
    }

    public BillingStatement(long carrierId, long accountId, String accountName, YearMonth month) {
        this.carrierId = carrierId;
        this.accountId = accountId;
        this.accountName = accountName;
        this.month = month.toString();
        this.daysInMonth = month.lengthOfMonth();
    }

    /** Makes the statement (again): allowed while it is open; {@code close} makes it final. */
    public void produce(List<DayRow> days, List<LineFigures> figures, boolean close, Instant at, String by) {
        if (status == Status.CLOSED) {
            throw new ConflictException(CommonError.IN_USE, "month", "The statement of " + month + " is closed.");
        }
        lines.clear();
        int position = 0;
        for (LineFigures f : figures) {
            lines.add(new StatementLine(this, ++position, f));
        }
        dayTable = DayTable.encode(days);
        recordedDays = (int) days.stream().filter(d -> d.basis() == DayRow.Basis.RECORDED).count();
        unmeasuredDays = (int) days.stream().filter(d -> d.basis() == DayRow.Basis.UNMEASURED).count();
        producedAt = at;
        producedBy = by;
        status = close ? Status.CLOSED : Status.OPEN;
    }

    public boolean isClosed() {
        return status == Status.CLOSED;
    }

    public List<DayRow> days() {
        return DayTable.decode(dayTable);
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("month", month);
        map.put("status", status);
        map.put("lines", lines.size());
        for (StatementLine line : lines) {
            map.put(line.getKind() + " " + line.getItem() + " " + line.getForMonth(), line.isUsage()
                    ? line.getCalls() + " calls, " + line.getBilledMinutes() + " min"
                    : line.getUnitDays() + " unit-days, peak " + line.getPeak());
        }
        return map;
    }

    @Override
    public long carrierId() {
        return carrierId;
    }

    @Override
    public Long accountId() {
        return accountId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getMonth() {
        return month;
    }

    public YearMonth yearMonth() {
        return YearMonth.parse(month);
    }

    public Status getStatus() {
        return status;
    }

    public int getDaysInMonth() {
        return daysInMonth;
    }

    public int getRecordedDays() {
        return recordedDays;
    }

    public int getUnmeasuredDays() {
        return unmeasuredDays;
    }

    public Instant getProducedAt() {
        return producedAt;
    }

    public String getProducedBy() {
        return producedBy;
    }

    public List<StatementLine> getLines() {
        return lines;
    }
}
