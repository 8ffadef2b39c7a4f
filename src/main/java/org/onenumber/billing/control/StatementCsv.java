package org.onenumber.billing.control;

import org.onenumber.platform.control.Csv;
import java.util.List;
import org.onenumber.billing.entity.BillingStatement;
import org.onenumber.billing.entity.DayQuantities;
import org.onenumber.billing.entity.DayRow;
import org.onenumber.billing.entity.StatementLine;

/**
 * A statement as CSV (RFC 4180, CRLF), the same figures the page shows: the lines (day-weighted to two places,
 * peak, unit-days; calls and billed minutes for toll usage), an empty line, then the days behind them.
 */
public final class StatementCsv {

    private StatementCsv() {
    }

    public static String of(BillingStatement s) {
        StringBuilder out = new StringBuilder(
                "account,month,status,kind,item,title,for_month,day_weighted,peak,unit_days,days_in_month,calls,billed_minutes,charge\r\n");
        for (StatementLine l : s.getLines()) {
            row(out, s.getAccountName(), s.getMonth(), s.getStatus().name(), l.getKind().name(), l.getItem(), l.getTitle(),
                    l.getForMonth(), l.dayWeightedText(), l.peakText(), l.unitDaysText(), String.valueOf(l.getBasisDays()),
                    l.callsText(), l.billedMinutesText(), l.chargeText());
        }
        out.append("\r\n");
        out.append("day,basis,licenses_purchased,licenses_shared,mobility_users,anywhere_users,mobility_add_on\r\n");
        for (DayRow d : s.days()) {
            DayQuantities q = d.quantities();
            row(out, d.day().toString(), d.basis().name(), q == null ? "" : String.valueOf(q.licensesPurchased()),
                    q == null ? "" : String.valueOf(q.licensesShared()), q == null ? "" : String.valueOf(q.mobilityUsers()),
                    q == null ? "" : String.valueOf(q.anywhereUsers()), q == null ? "" : q.mobilityStatus());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... fields) {
        out.append(String.join(",", List.of(fields).stream().map(StatementCsv::field).toList())).append("\r\n");
    }

    static String field(String value) {
        return Csv.field(value);
    }
}
