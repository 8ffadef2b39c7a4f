package org.onenumber.billing.control;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onenumber.billing.entity.LineFigures;
import org.onenumber.billing.entity.StatementLine;

/**
 * The adjustment rule: for a closed month, what it should have billed (made again from today's data) minus what
 * was billed for it (its own lines plus the adjustments closed statements made for it since). Each item that differs
 * becomes one ADJUSTMENT line for that month, in its units; peaks are corrected by their difference too.
 */
public final class Corrections {

    private Corrections() {
    }

    public static List<LineFigures> adjustments(YearMonth forMonth, List<LineFigures> recomputed, List<LineFigures> billedSoFar) {
        Map<String, long[]> billed = sums(billedSoFar);
        Map<String, long[]> due = sums(recomputed);
        billed.keySet().forEach(item -> due.putIfAbsent(item, new long[4]));
        List<LineFigures> lines = new ArrayList<>();
        due.forEach((item, should) -> {
            long[] was = billed.getOrDefault(item, new long[4]);
            LineFigures delta = new LineFigures(StatementLine.Kind.ADJUSTMENT, item, forMonth.toString(), forMonth.lengthOfMonth(),
                    should[0] - was[0], (int) (should[1] - was[1]), should[2] - was[2], should[3] - was[3]);
            if (!delta.isZero()) {
                lines.add(delta);
            }
        });
        return lines;
    }

    private static Map<String, long[]> sums(List<LineFigures> lines) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (LineFigures f : lines) {
            long[] sum = sums.computeIfAbsent(f.item(), k -> new long[4]);
            sum[0] += f.unitDays();
            sum[1] += f.peak();
            sum[2] += f.calls();
            sum[3] += f.billedMinutes();
        }
        return sums;
    }
}
