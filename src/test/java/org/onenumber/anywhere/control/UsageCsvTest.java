package org.onenumber.anywhere.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageCsvTest {

    @Test
    void oneLinePerCallWithEveryStartedMinuteBilled() {
        String csv = UsageCsv.of(List.of(new TollCall("c-1", Instant.parse("2026-11-03T10:15:30Z"), 7, "Ann Lee", "1001",
                "+14085550100", "+442071234567", "INTERNATIONAL", 61)));
        assertEquals("call_id,ended_utc,user,extension,portal,destination,rate_class,seconds,billed_minutes\r\n"
                + "c-1,2026-11-03 10:15:30,Ann Lee,1001,+14085550100,+442071234567,INTERNATIONAL,61,2\r\n", csv);
    }

    @Test
    void quotesWhatWouldSplitALineAndDefusesFormulas() {
        assertEquals("\"Lee, Ann\"", UsageCsv.field("Lee, Ann"));
        assertEquals("\"say \"\"hi\"\"\"", UsageCsv.field("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", UsageCsv.field("=HYPERLINK(1)"));
        assertEquals("+14085550100", UsageCsv.field("+14085550100"), "a number stays a number");
        assertEquals("", UsageCsv.field(null));
    }
}
