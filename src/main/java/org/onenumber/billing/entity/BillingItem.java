package org.onenumber.billing.entity;

import java.util.Locale;

/**
 * What a statement line counts. Quantities are counted per day (day-weighted and peak); toll usage per call
 * (count and billed minutes), one line per rate class the switch reports.
 */
public enum BillingItem {
    LICENSES_PURCHASED("Mobile client licenses purchased"),
    LICENSES_SHARED("Mobile client licenses shared"),
    MOBILITY_USERS("Mobility users"),
    ANYWHERE_USERS("Office Anywhere users"),
    MOBILITY_ADD_ON("Mobility add-on active (days)");

    /** Toll usage lines are named after the switch's rate class: TOLL_LONG_DISTANCE, TOLL_INTERNATIONAL. */
    public static final String TOLL_PREFIX = "TOLL_";

    private final String title;

    BillingItem(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static String tollItem(String rateClass) {
        return TOLL_PREFIX + (rateClass == null ? "UNRATED" : rateClass);
    }

    /** The title of a quantity or a toll line's item, as the page and the CSV show it. */
    public static String titleOf(String item) {
        if (item.startsWith(TOLL_PREFIX)) {
            String rate = item.substring(TOLL_PREFIX.length()).replace('_', ' ').toLowerCase(Locale.ROOT);
            return "Toll calls, " + rate;
        }
        return valueOf(item).title();
    }
}
