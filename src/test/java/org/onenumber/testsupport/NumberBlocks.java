package org.onenumber.testsupport;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Blocks of North American numbers for test fixtures, none handed out twice in one test JVM.
 *
 * <p>The tests of a run share their servers and databases, and a number can be in one inventory only. Drawing area
 * code and exchange at random for every fixture made two fixtures of one run meet now and then (the suite has a few
 * hundred: a DUPLICATE_NUMBER in one run of ten); here one random start per JVM is followed by consecutive blocks.
 * Exchange 555 is left to the demo data and to single numbers ({@link #single}), which come from one counter per JVM
 * for the same reason: drawn at random from 10,000 lines, two tests' cell phones met in one CI run of a few (a
 * FEATURE_CONFLICT, the second test's cell being the first's Mobility number).
 */
public final class NumberBlocks {

    private static final int AREAS = 700;
    private static final int EXCHANGES = 700;
    /** Single numbers' lines: 1000 to 9999, those below are the demo data's ((408) 555-0000 to -0039, -0100, ...). */
    private static final int FIRST_LINE = 1_000;
    private static final int LINES = 9_000;
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(AREAS * EXCHANGES));
    private static final AtomicInteger NEXT_LINE = new AtomicInteger(ThreadLocalRandom.current().nextInt(LINES));

    private NumberBlocks() {
    }

    /** "+1AAAEEE", the first eight characters of 10,000 numbers (append four digits) no other fixture holds. */
    public static String next() {
        while (true) {
            int n = Math.floorMod(NEXT.getAndIncrement(), AREAS * EXCHANGES);
            int exchange = 200 + n % EXCHANGES;
            if (exchange != 555) {
                return String.format("+1%03d%03d", 200 + n / EXCHANGES, exchange);
            }
        }
    }

    /**
     * "+1AAA555LLLL", a single number of {@code area} (three digits) in exchange 555 that is no demo number; the line
     * comes from one counter for all areas, so no number is handed out twice in one test JVM until 9,000 have been.
     */
    public static String single(String area) {
        if (!area.matches("[2-9][0-9]{2}")) {
            throw new IllegalArgumentException("not a North American area code: " + area);
        }
        return String.format("+1%s555%04d", area, FIRST_LINE + Math.floorMod(NEXT_LINE.getAndIncrement(), LINES));
    }

    /** The {@code line}th number (0 to 9,999) of {@code block}. */
    public static String number(String block, int line) {
        return block + String.format("%04d", line);
    }
}
