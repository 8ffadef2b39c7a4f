package org.onenumber.billing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A billable quantity of one month: the sum over its days (unit-days) and the largest day. Day-weighted is the
 * sum divided by the days in the month, to two places (half up), the figure a person gets by hand.
 */
public record Quantity(String item, int basisDays, long unitDays, int peak) {

    public BigDecimal dayWeighted() {
        return dayWeighted(unitDays, basisDays);
    }

    public static BigDecimal dayWeighted(long unitDays, int basisDays) {
        return BigDecimal.valueOf(unitDays).divide(BigDecimal.valueOf(basisDays), 2, RoundingMode.HALF_UP);
    }
}
