package org.onenumber.platform.control;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * CSV as the exports write it (RFC 4180: commas, CRLF, fields quoted when they hold a comma, quote or line break;
 * a leading =, +, - or @ is quoted with an apostrophe so a spreadsheet does not run it as a formula, numbers aside).
 */
public final class Csv {

    private Csv() {
    }

    /** One line of fields, CRLF included. */
    public static String line(String... fields) {
        return Arrays.stream(fields).map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("[+-]?\\d+(\\.\\d+)?")
                ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
