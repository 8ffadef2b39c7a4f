package org.onenumber.anywhere.control;

import org.onenumber.platform.control.Csv;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Toll calls as the CSV an invoice is made from (RFC 4180: a header line, commas, CRLF, fields quoted when they
 * hold a comma, quote or line break; a leading =, +, - or @ is quoted with an apostrophe so a spreadsheet does not
 * run it as a formula).
 */
public final class UsageCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private UsageCsv() {
    }

    public static String of(List<TollCall> calls) {
        StringBuilder out = new StringBuilder("call_id,ended_utc,user,extension,portal,destination,rate_class,seconds,billed_minutes\r\n");
        for (TollCall c : calls) {
            out.append(String.join(",", field(c.callId()), field(WHEN.format(c.endedAt())), field(c.user()), field(c.extension()),
                    field(c.portal()), field(c.destination()), field(c.rateClass()), String.valueOf(c.seconds()),
                    String.valueOf(c.billedMinutes()))).append("\r\n");
        }
        return out.toString();
    }

    static String field(String value) {
        return Csv.field(value);
    }
}
