package org.onenumber.web.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.onenumber.billing.entity.DayQuantities;

class LicenseTrendTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static DayQuantities held(int purchased, int shared) {
        return new DayQuantities(purchased, shared, shared, 0, "ACTIVE");
    }

    @Test
    void daysWithoutASnapshotStayEmptyAndTodayIsThePoolAsItStandsNow() {
        SortedMap<LocalDate, DayQuantities> snapshots = new TreeMap<>();
        snapshots.put(TODAY.minusDays(90), held(1, 1)); // before the window
        snapshots.put(TODAY.minusDays(89), held(10, 2)); // the window's first day
        snapshots.put(TODAY.minusDays(3), held(12, 4));
        snapshots.put(TODAY, held(12, 5)); // tonight's snapshot is older than the pool now

        LicenseTrend trend = LicenseTrend.of(snapshots, TODAY, 90, 15, 6);

        assertEquals(List.of(new LicenseTrend.Day(TODAY.minusDays(89), 10, 2, false), new LicenseTrend.Day(TODAY.minusDays(3), 12, 4, false),
                new LicenseTrend.Day(TODAY, 15, 6, true)), trend.measured());
        assertEquals(2, trend.snapshotDays());
        String chart = trend.chart();
        assertTrue(chart.contains("\"label\":\"Purchased\""), chart);
        assertTrue(chart.contains("\"data\":[10," + "null,".repeat(85) + "12,null,null,15]"), chart);
        assertTrue(chart.contains("\"data\":[2," + "null,".repeat(85) + "4,null,null,6]"), chart);
        assertTrue(chart.contains("\"labels\":[\"2 Sep\","), chart);
        assertTrue(chart.contains("\"30 Nov\"]"), chart);
    }

    @Test
    void anAccountWithoutSnapshotsShowsTodayAloneAndSaysSo() {
        LicenseTrend trend = LicenseTrend.of(new TreeMap<>(), TODAY, 90, 3, 1);

        assertEquals(List.of(new LicenseTrend.Day(TODAY, 3, 1, true)), trend.measured());
        assertTrue(trend.chart().contains("\"data\":[" + "null,".repeat(89) + "3]"), trend.chart());
        assertEquals("Mobile client licenses over the last 90 days. No daily snapshot in the last 90 days; now 3 purchased,"
                + " 1 shared. 0 of the days before today have a snapshot.", trend.summary());
    }

    @Test
    void textInTheChartCannotEndItsScriptOrString() {
        assertEquals("\"a\\\"b\\\\c\\u003c/script\\u003e\\u000a\"", ChartJson.string("a\"b\\c</script>\n"));
    }
}
