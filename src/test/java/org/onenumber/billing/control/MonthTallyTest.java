package org.onenumber.billing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onenumber.billing.entity.BillingItem;
import org.onenumber.billing.entity.BillingStatement;
import org.onenumber.billing.entity.DayQuantities;
import org.onenumber.billing.entity.DayRow;
import org.onenumber.billing.entity.LineFigures;
import org.onenumber.billing.entity.StatementLine;

/** The billing arithmetic with figures a person can redo on paper. */
class MonthTallyTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private static DayQuantities q(int purchased, int shared, int mobilityUsers, int anywhereUsers, String status) {
        return new DayQuantities(purchased, shared, mobilityUsers, anywhereUsers, status);
    }

    private static MonthTally closedMonth(YearMonth month, DayQuantities before, Map<LocalDate, DayQuantities> recorded,
                                          List<MonthTally.Call> calls) {
        return MonthTally.of(month, month.atEndOfMonth(), before, recorded, calls, null);
    }

    @Test
    void aPurchaseInTheMiddleADecreaseAndASuspensionAreWeightedByTheirDays() {
        // 10 licenses on the 1st, 5 more bought on the 15th, down to 12 on the 25th; the add-on suspended on the 20th
        MonthTally tally = closedMonth(NOVEMBER, null, Map.of(
                NOVEMBER.atDay(1), q(10, 8, 8, 2, "ACTIVE"),
                NOVEMBER.atDay(15), q(15, 8, 8, 2, "ACTIVE"),
                NOVEMBER.atDay(20), q(15, 8, 8, 2, "SUSPENDED"),
                NOVEMBER.atDay(25), q(12, 8, 8, 2, "SUSPENDED")), List.of());

        Quantity purchased = tally.quantity(BillingItem.LICENSES_PURCHASED);
        assertEquals(10 * 14 + 15 * 10 + 12 * 6, purchased.unitDays()); // 362
        assertEquals("12.07", purchased.dayWeighted().toPlainString()); // 362 / 30
        assertEquals(15, purchased.peak());

        Quantity addOn = tally.quantity(BillingItem.MOBILITY_ADD_ON);
        assertEquals(19, addOn.unitDays());
        assertEquals("0.63", addOn.dayWeighted().toPlainString()); // 19 / 30
        assertEquals(1, addOn.peak());

        Quantity shared = tally.quantity(BillingItem.LICENSES_SHARED);
        assertEquals("8.00", shared.dayWeighted().toPlainString());
        assertEquals(8, shared.peak());
        assertEquals("2.00", tally.quantity(BillingItem.ANYWHERE_USERS).dayWeighted().toPlainString());
        assertEquals(4, tally.recordedDays());
        assertEquals(0, tally.unmeasuredDays());
        assertEquals(DayRow.Basis.CARRIED, tally.days().get(1).basis());
    }

    @Test
    void februaryHasItsOwnLengthAndDaysBeforeTheFirstSnapshotCountNothing() {
        for (int year : new int[] {2027, 2028}) {
            YearMonth february = YearMonth.of(year, 2);
            MonthTally tally = closedMonth(february, null, Map.of(february.atDay(15), q(10, 0, 0, 0, "NOT_ACTIVATED")), List.of());
            Quantity purchased = tally.quantity(BillingItem.LICENSES_PURCHASED);
            int days = february.lengthOfMonth() - 14;
            assertEquals(10L * days, purchased.unitDays());
            assertEquals(february.lengthOfMonth(), purchased.basisDays());
            assertEquals(year == 2027 ? "5.00" : "5.17", purchased.dayWeighted().toPlainString()); // 140 / 28, 150 / 29
            assertEquals(10, purchased.peak());
            assertEquals(14, tally.unmeasuredDays());
            assertEquals(DayRow.Basis.UNMEASURED, tally.days().get(0).basis());
            assertEquals(0, tally.quantity(BillingItem.MOBILITY_ADD_ON).unitDays());
        }
    }

    @Test
    void aMonthWithoutSnapshotsCarriesTheLastEarlierOneThrough() {
        YearMonth december = YearMonth.of(2026, 12);
        MonthTally tally = closedMonth(december, q(7, 3, 3, 0, "ACTIVE"), Map.of(), List.of());
        assertEquals(7L * 31, tally.quantity(BillingItem.LICENSES_PURCHASED).unitDays());
        assertEquals("7.00", tally.quantity(BillingItem.LICENSES_PURCHASED).dayWeighted().toPlainString());
        assertEquals(31, tally.quantity(BillingItem.MOBILITY_ADD_ON).unitDays());
        assertTrue(tally.days().stream().allMatch(d -> d.basis() == DayRow.Basis.CARRIED));
    }

    @Test
    void aRunningMonthCountsOnlyTheDaysUpToToday() {
        YearMonth december = YearMonth.of(2026, 12);
        MonthTally tally = MonthTally.of(december, december.atDay(10), q(10, 0, 0, 0, "ACTIVE"), Map.of(), List.of(), null);
        assertEquals(100, tally.quantity(BillingItem.LICENSES_PURCHASED).unitDays());
        assertEquals("3.23", tally.quantity(BillingItem.LICENSES_PURCHASED).dayWeighted().toPlainString()); // 100 / 31
        assertEquals(DayRow.Basis.NOT_YET, tally.days().get(10).basis());
    }

    @Test
    void aDeletedAccountsMonthCountsItsDaysUpToTheDeletionAndNothingAfter() {
        YearMonth february = YearMonth.of(2024, 2);
        MonthTally tally = MonthTally.of(february, february.atEndOfMonth(), q(7, 2, 2, 0, "ACTIVE"),
                Map.of(february.atDay(5), q(9, 2, 2, 0, "ACTIVE")), List.of(), february.atDay(10));
        // 4 days of 7 carried from January, then the 5th to the 10th (the day of the deletion) 6 days of 9
        assertEquals(4 * 7 + 6 * 9, tally.quantity(BillingItem.LICENSES_PURCHASED).unitDays());
        assertEquals(9, tally.quantity(BillingItem.LICENSES_PURCHASED).peak());
        assertEquals(10, tally.quantity(BillingItem.MOBILITY_ADD_ON).unitDays());
        assertEquals(DayRow.Basis.CARRIED, tally.days().get(9).basis());
        assertTrue(tally.days().subList(10, 29).stream().allMatch(d -> d.basis() == DayRow.Basis.ACCOUNT_DELETED && !d.counts()));
        // in a month still running, the days after the deletion are the deletion's, not "not yet"
        MonthTally running = MonthTally.of(february, february.atDay(20), q(7, 0, 0, 0, "ACTIVE"), Map.of(), List.of(),
                february.atDay(10));
        assertEquals(70, running.quantity(BillingItem.LICENSES_PURCHASED).unitDays());
        assertEquals(DayRow.Basis.ACCOUNT_DELETED, running.days().get(25).basis());
    }

    @Test
    void tollCallsAreCountedPerRateClassWithEveryStartedMinuteBilled() {
        MonthTally tally = closedMonth(NOVEMBER, null, Map.of(), List.of(new MonthTally.Call("INTERNATIONAL", 61, 1),
                new MonthTally.Call("INTERNATIONAL", 60, 1), new MonthTally.Call("INTERNATIONAL", 1, 1),
                new MonthTally.Call("INTERNATIONAL", 0, 1)));
        assertEquals(List.of(new TollTotal("TOLL_LONG_DISTANCE", 0, 0), new TollTotal("TOLL_INTERNATIONAL", 4, 2 + 1 + 1 + 0)),
                tally.tolls());
    }

    @Test
    void callsOfOneLengthCountedTogetherAreBilledAsEachOnItsOwn() {
        MonthTally tally = closedMonth(NOVEMBER, null, Map.of(), List.of(new MonthTally.Call("INTERNATIONAL", 61, 1_000),
                new MonthTally.Call("LONG_DISTANCE", 59, 3), new MonthTally.Call("INTERNATIONAL", 0, 7),
                new MonthTally.Call(null, 120, 2)));
        assertEquals(List.of(new TollTotal("TOLL_LONG_DISTANCE", 3, 3), new TollTotal("TOLL_INTERNATIONAL", 1_007, 2_000),
                new TollTotal(BillingItem.tollItem("UNRATED"), 2, 4)), tally.tolls());
        assertTrue(!tally.isEmpty());
        assertTrue(closedMonth(NOVEMBER, null, Map.of(), List.of()).isEmpty());
    }

    @Test
    void aClosedMonthThatChangedLaterIsAdjustedByTheDifferenceOnce() {
        YearMonth october = YearMonth.of(2026, 10);
        List<LineFigures> billed = closedMonth(october, null, Map.of(october.atDay(1), q(10, 0, 0, 0, "ACTIVE")), List.of())
                .figures();
        // later, day 25 is found to have held 20 licenses: 7 days (25th to 31st) of 10 more
        List<LineFigures> due = closedMonth(october, null, Map.of(october.atDay(1), q(10, 0, 0, 0, "ACTIVE"),
                october.atDay(25), q(20, 0, 0, 0, "ACTIVE")), List.of(new MonthTally.Call("LONG_DISTANCE", 90, 1))).figures();

        List<LineFigures> adjustments = Corrections.adjustments(october, due, billed);
        assertEquals(List.of(
                new LineFigures(StatementLine.Kind.ADJUSTMENT, "LICENSES_PURCHASED", "2026-10", 31, 70, 10, 0, 0),
                new LineFigures(StatementLine.Kind.ADJUSTMENT, "TOLL_LONG_DISTANCE", "2026-10", 31, 0, 0, 1, 2)), adjustments);
        assertEquals("2.26", Quantity.dayWeighted(70, 31).toPlainString());

        // once an adjustment was billed, the same difference is not billed again
        List<LineFigures> billedSince = new java.util.ArrayList<>(billed);
        billedSince.addAll(adjustments);
        assertEquals(List.of(), Corrections.adjustments(october, due, billedSince));
    }

    @Test
    void theCsvCarriesThePagesFigures() {
        MonthTally tally = closedMonth(NOVEMBER, null, Map.of(NOVEMBER.atDay(1), q(10, 8, 8, 2, "ACTIVE"),
                NOVEMBER.atDay(15), q(15, 8, 8, 2, "ACTIVE")), List.of(new MonthTally.Call("INTERNATIONAL", 61, 1)));
        BillingStatement statement = new BillingStatement(1, 2, "Acme, Inc.", NOVEMBER);
        List<LineFigures> lines = new java.util.ArrayList<>(tally.figures());
        lines.add(new LineFigures(StatementLine.Kind.ADJUSTMENT, "LICENSES_PURCHASED", "2026-10", 31, -70, -10, 0, 0));
        statement.produce(tally.days(), lines, true, Instant.parse("2026-12-01T02:00:00Z"), "billing-true-up");

        String csv = StatementCsv.of(statement);
        // 10 x 14 + 15 x 16 = 380 unit-days over 30 days
        assertTrue(csv.contains("\"Acme, Inc.\",2026-11,CLOSED,QUANTITY,LICENSES_PURCHASED,Mobile client licenses purchased,2026-11,12.67,15,380,30,,,\r\n"),
                csv);
        assertTrue(csv.contains(",USAGE,TOLL_INTERNATIONAL,\"Toll calls, international\",2026-11,,,,30,1,2,\r\n"), csv);
        assertTrue(csv.contains(",ADJUSTMENT,LICENSES_PURCHASED,Mobile client licenses purchased,2026-10,-2.26,-10,-70,31,,,\r\n"), csv);
        assertTrue(csv.contains("\r\n\r\nday,basis,"), csv);
        assertTrue(csv.contains("2026-11-15,RECORDED,15,8,8,2,ACTIVE\r\n"), csv);
        assertTrue(csv.contains("2026-11-16,CARRIED,15,8,8,2,ACTIVE\r\n"), csv);
        assertEquals(tally.days(), statement.days());
    }
}
