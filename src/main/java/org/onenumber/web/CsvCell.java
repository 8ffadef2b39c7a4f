package org.onenumber.web;

/** A value as a cell of a CSV file the pages offer for download. */
public final class CsvCell {

    private CsvCell() {
    }

    /** RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
    public static String of(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
