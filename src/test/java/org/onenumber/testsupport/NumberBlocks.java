package org.onenumber.testsupport;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Blocks of North American numbers for test fixtures, none handed out twice in one test JVM.
 *
 * <p>The tests of a run share their servers and databases, and a number can be in one inventory only. Drawing area
 * code and exchange at random for every fixture made two fixtures of one run meet now and then (the suite has a few
 * hundred: a DUPLICATE_NUMBER in one run of ten); here one random start per JVM is followed by consecutive blocks.
 * Exchange 555 is left to the demo data and to tests that pick single numbers in it.
 */
public final class NumberBlocks {

    private static final int AREAS = 700;
    private static final int EXCHANGES = 700;
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(AREAS * EXCHANGES));

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

    /** The {@code line}th number (0 to 9,999) of {@code block}. */
    public static String number(String block, int line) {
        return block + String.format("%04d", line);
    }
}
