package org.onenumber.billing.control;

/** The toll calls of one rate class in a month: how many, and the minutes billed (every started minute). */
public record TollTotal(String item, long calls, long billedMinutes) {

    /** Minutes as invoices count them, the same rule as the Office Anywhere usage CSV. */
    public static long billedMinutes(long seconds) {
        return (seconds + 59) / 60;
    }
}
