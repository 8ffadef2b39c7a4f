package org.onenumber.billing.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement's days as it keeps them, frozen with it: one line per day, "2026-10-01 RECORDED 10 8 3 0 ACTIVE" (day,
 * basis, licenses purchased, shared, mobility users, Office Anywhere users, add-on status), or "2026-10-01 UNMEASURED".
 * A copy, not a reference to the snapshots, because a closed statement must show what it was made from even after a
 * snapshot of its month is recorded again.
 */
public final class DayTable {

    private DayTable() {
    }

    public static String encode(List<DayRow> days) {
        StringBuilder out = new StringBuilder();
        for (DayRow row : days) {
            out.append(row.day()).append(' ').append(row.basis());
            DayQuantities q = row.quantities();
            if (q != null) {
                out.append(' ').append(q.licensesPurchased()).append(' ').append(q.licensesShared()).append(' ')
                        .append(q.mobilityUsers()).append(' ').append(q.anywhereUsers()).append(' ').append(q.mobilityStatus());
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static List<DayRow> decode(String text) {
        List<DayRow> days = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(" ");
            DayQuantities q = f.length < 7 ? null : new DayQuantities(Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6]);
            days.add(new DayRow(LocalDate.parse(f[0]), DayRow.Basis.valueOf(f[1]), q));
        }
        return days;
    }
}
