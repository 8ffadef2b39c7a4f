package org.onenumber.account.control;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV file of users an admin imports: a header row with the fixed column names (in any order, each once), then
 * one row per user. A file that is no such CSV (another header, a column missing or unknown, too many rows, broken
 * quoting) is refused whole with one message; its rows are then not looked at.
 */
public final class UserCsv {

    public static final String FIRST_NAME = "first_name";
    public static final String LAST_NAME = "last_name";
    public static final String EMAIL = "email";
    public static final String EXTENSION = "extension";
    public static final String SITE = "site";
    public static final String BUSINESS_NUMBER = "business_number";
    public static final String DESK_PHONE_MODEL = "desk_phone_model";
    public static final String DESK_PHONE_MAC = "desk_phone_mac";

    /** The header a file has, in the order a template shows it. */
    public static final List<String> COLUMNS = List.of(FIRST_NAME, LAST_NAME, EMAIL, EXTENSION, SITE, BUSINESS_NUMBER,
            DESK_PHONE_MODEL, DESK_PHONE_MAC);

    public static final int MAX_ROWS = 10_000;
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** One row of the file: its row number as a spreadsheet shows it (the header is row 1) and its values by column. */
    public record Row(int number, Map<String, String> values, int valueCount) implements Serializable {

        public String value(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    /** A file refused whole. */
    public static class FileRefused extends Exception {

        public FileRefused(String message) {
            super(message);
        }
    }

    private UserCsv() {
    }

    public static List<Row> read(Reader input) throws FileRefused {
        // empty lines are read (and skipped here) so that rows keep the numbers a spreadsheet shows, blank rows counted
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(false).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(input).setFormat(format).get()) {
            Map<Integer, String> header = null;
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // an empty line
                }
                if (header == null) {
                    header = header(record);
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new FileRefused("The file has more than " + MAX_ROWS + " users; split it into files of at most "
                            + MAX_ROWS + " rows.");
                }
                Map<String, String> values = new LinkedHashMap<>();
                header.forEach((index, column) -> values.put(column, index < record.size() ? record.get(index) : null));
                rows.add(new Row(Math.toIntExact(record.getRecordNumber()), values, record.size()));
            }
            if (header == null) {
                throw new FileRefused("The file is empty: it needs the header row " + String.join(",", COLUMNS)
                        + " and a row per user.");
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.nio.charset.CharacterCodingException) {
                    throw new FileRefused("The file is not text in UTF-8: save it from the spreadsheet as CSV UTF-8,"
                            + " with the header row " + String.join(",", COLUMNS) + ".");
                }
            }
            throw new FileRefused("The file is not a CSV file this page can read (" + e.getMessage()
                    + "). Save it as CSV (comma-separated, UTF-8) with the header row " + String.join(",", COLUMNS) + ".");
        }
        if (rows.isEmpty()) {
            throw new FileRefused("The file has a header row but no users.");
        }
        return rows;
    }

    private static Map<Integer, String> header(CSVRecord record) throws FileRefused {
        Map<Integer, String> header = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                unknown.add(record.get(i).length() > 40 ? record.get(i).substring(0, 40) + "…" : record.get(i));
            } else if (header.containsValue(name)) {
                throw new FileRefused("The header row names the column " + name + " twice.");
            } else {
                header.put(i, name);
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !header.containsValue(c)).toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            StringBuilder message = new StringBuilder("The first row must be the header ").append(String.join(",", COLUMNS))
                    .append(".");
            if (!missing.isEmpty()) {
                message.append(" Missing: ").append(String.join(", ", missing)).append(".");
            }
            if (!unknown.isEmpty()) {
                message.append(" Unknown: ").append(String.join(", ", unknown)).append(".");
            }
            throw new FileRefused(message.toString());
        }
        return header;
    }
}
