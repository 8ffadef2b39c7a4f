package org.onenumber.web.home;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.onenumber.billing.entity.DayQuantities;

/**
 * An account's mobile client licenses over its last days: what each day's snapshot measured, and today as the pool
 * stands now. A day without a snapshot stays empty (a gap in the chart, absent from the table): nothing is carried
 * forward or guessed.
 */
public final class LicenseTrend {

    static final String PURCHASED_COLOUR = "#1d4ed8";
    static final String SHARED_COLOUR = "#0f766e";
    private static final DateTimeFormatter AXIS = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** A day with figures, for the table beside the chart. */
    public record Day(LocalDate day, int purchased, int shared, boolean now) {
    }

    private final LocalDate first;
    private final LocalDate today;
    private final List<Day> measured;

    private LicenseTrend(LocalDate first, LocalDate today, List<Day> measured) {
        this.first = first;
        this.today = today;
        this.measured = measured;
    }

    /**
     * The {@code days} days up to {@code today}: the snapshots of the days before it, and today's figures as they are
     * now ({@code purchasedNow}, {@code sharedNow}), newer than any snapshot of today.
     */
    static LicenseTrend of(SortedMap<LocalDate, DayQuantities> snapshots, LocalDate today, int days, int purchasedNow,
                           int sharedNow) {
        LocalDate first = today.minusDays(days - 1L);
        List<Day> measured = new ArrayList<>();
        snapshots.subMap(first, today).forEach((day, q) -> measured.add(new Day(day, q.licensesPurchased(), q.licensesShared(), false)));
        measured.add(new Day(today, purchasedNow, sharedNow, true));
        return new LicenseTrend(first, today, List.copyOf(measured));
    }

    /** The days with figures, oldest first; today's last. */
    List<Day> measured() {
        return measured;
    }

    /** How many days before today a snapshot measured. */
    int snapshotDays() {
        return measured.size() - 1;
    }

    /** A line chart of purchased and shared licenses, one point per day, gaps where no snapshot was taken. */
    String chart() {
        List<String> labels = new ArrayList<>();
        List<Integer> purchased = new ArrayList<>();
        List<Integer> shared = new ArrayList<>();
        int next = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            labels.add(AXIS.format(day));
            Day figures = next < measured.size() && measured.get(next).day().equals(day) ? measured.get(next++) : null;
            purchased.add(figures == null ? null : figures.purchased());
            shared.add(figures == null ? null : figures.shared());
        }
        return ChartJson.line(labels, List.of(new ChartJson.Series("Purchased", PURCHASED_COLOUR, purchased),
                new ChartJson.Series("Shared", SHARED_COLOUR, shared)));
    }

    /** The chart in words, for screen readers. */
    String summary() {
        Day oldest = measured.get(0);
        Day now = measured.get(measured.size() - 1);
        String since = measured.size() == 1 ? "No daily snapshot in the last " + days() + " days; now "
                : "Licenses on " + oldest.day() + ": " + oldest.purchased() + " purchased, " + oldest.shared() + " shared; now ";
        return "Mobile client licenses over the last " + days() + " days. " + since + now.purchased() + " purchased, "
                + now.shared() + " shared. " + snapshotDays() + " of the days before today have a snapshot.";
    }

    int days() {
        return (int) (today.toEpochDay() - first.toEpochDay()) + 1;
    }
}
