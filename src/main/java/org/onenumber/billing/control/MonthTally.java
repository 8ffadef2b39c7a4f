package org.onenumber.billing.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onenumber.billing.entity.BillingItem;
import org.onenumber.billing.entity.DayQuantities;
import org.onenumber.billing.entity.DayRow;
import org.onenumber.billing.entity.LineFigures;
import org.onenumber.billing.entity.StatementLine;

/**
 * The arithmetic of one account's month: a row per day from the snapshots (a day without one carries the latest
 * earlier one forward; before the first, nothing; after the account's deletion, nothing), and from the rows each
 * item's unit-days and peak; toll calls summed per rate class. No database, no container: what it computes a person
 * can redo on paper.
 */
public record MonthTally(YearMonth month, List<DayRow> days, List<Quantity> quantities, List<TollTotal> tolls) {

    /** The rate classes that are always shown, zero or not. */
    public static final List<String> TOLL_CLASSES = List.of("LONG_DISTANCE", "INTERNATIONAL");

    /** Toll calls of one rate class as the switch reported them, {@code count} of them lasting {@code seconds} each. */
    public record Call(String rateClass, long seconds, long count) {
    }

    /**
     * @param asOf     the last day counted: the month's last day for a month that is over, today for a running one
     * @param before   the latest snapshot before the month, or null
     * @param recorded the month's own snapshots by day
     * @param endedOn  the day the account was deleted, or null: the days after it count nothing
     */
    public static MonthTally of(YearMonth month, LocalDate asOf, DayQuantities before, Map<LocalDate, DayQuantities> recorded,
                                List<Call> calls, LocalDate endedOn) {
        List<DayRow> days = new ArrayList<>();
        DayQuantities held = before;
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate day = month.atDay(d);
            DayQuantities own = recorded.get(day);
            if (own != null) {
                held = own;
            }
            if (endedOn != null && day.isAfter(endedOn)) {
                days.add(new DayRow(day, DayRow.Basis.ACCOUNT_DELETED, null));
            } else if (day.isAfter(asOf)) {
                days.add(new DayRow(day, DayRow.Basis.NOT_YET, null));
            } else if (own != null) {
                days.add(new DayRow(day, DayRow.Basis.RECORDED, own));
            } else if (held != null) {
                days.add(new DayRow(day, DayRow.Basis.CARRIED, held));
            } else {
                days.add(new DayRow(day, DayRow.Basis.UNMEASURED, null));
            }
        }
        List<Quantity> quantities = new ArrayList<>();
        for (BillingItem item : BillingItem.values()) {
            long sum = 0;
            int peak = 0;
            for (DayRow row : days) {
                int value = row.of(item);
                sum += value;
                peak = Math.max(peak, value);
            }
            quantities.add(new Quantity(item.name(), month.lengthOfMonth(), sum, peak));
        }
        Map<String, long[]> perClass = new TreeMap<>();
        TOLL_CLASSES.forEach(rate -> perClass.put(rate, new long[2]));
        for (Call call : calls) {
            long[] sum = perClass.computeIfAbsent(call.rateClass() == null ? "UNRATED" : call.rateClass(), k -> new long[2]);
            sum[0] += call.count();
            sum[1] += TollTotal.billedMinutes(call.seconds()) * call.count();
        }
        List<TollTotal> tolls = new ArrayList<>();
        TOLL_CLASSES.forEach(rate -> tolls.add(total(rate, perClass.remove(rate))));
        perClass.forEach((rate, sum) -> tolls.add(total(rate, sum)));
        return new MonthTally(month, List.copyOf(days), List.copyOf(quantities), List.copyOf(tolls));
    }

    private static TollTotal total(String rateClass, long[] sum) {
        return new TollTotal(BillingItem.tollItem(rateClass), sum[0], sum[1]);
    }

    /** The statement lines of this month: each quantity, then the toll usage per rate class. */
    public List<LineFigures> figures() {
        List<LineFigures> lines = new ArrayList<>();
        String m = month.toString();
        quantities.forEach(q -> lines.add(new LineFigures(StatementLine.Kind.QUANTITY, q.item(), m, q.basisDays(), q.unitDays(),
                q.peak(), 0, 0)));
        tolls.forEach(t -> lines.add(new LineFigures(StatementLine.Kind.USAGE, t.item(), m, month.lengthOfMonth(), 0, 0, t.calls(),
                t.billedMinutes())));
        return lines;
    }

    public Quantity quantity(BillingItem item) {
        return quantities.stream().filter(q -> q.item().equals(item.name())).findFirst().orElseThrow();
    }

    public long recordedDays() {
        return days.stream().filter(d -> d.basis() == DayRow.Basis.RECORDED).count();
    }

    public long unmeasuredDays() {
        return days.stream().filter(d -> d.basis() == DayRow.Basis.UNMEASURED).count();
    }

    /** Nothing measured and no calls: an account that had nothing to bill this month. */
    public boolean isEmpty() {
        return days.stream().noneMatch(DayRow::counts) && tolls.stream().allMatch(t -> t.calls() == 0);
    }
}
