package org.onenumber.platform.control;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The values of an SQL {@code in (...)} list, padded to a power of two with copies of the last value. A list of each
 * length is another statement to the database and to the pools' caches of prepared statements (H2 keeps 100 a
 * session, the pool 200 a connection); padded, a list of up to 128 values is one of 8 statements, and a repeated
 * value selects nothing more.
 */
public final class InList {

    private InList() {
    }

    /**
     * The values in runs of at most {@code max}, in order, for one query each: PostgreSQL's protocol takes at most
     * 32,767 parameters a statement, and a long list is a long statement to parse and plan.
     */
    public static <T> List<List<T>> chunks(List<T> values, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("A chunk holds at least one value");
        }
        List<List<T>> chunks = new ArrayList<>((values.size() + max - 1) / max);
        for (int i = 0; i < values.size(); i += max) {
            chunks.add(values.subList(i, Math.min(values.size(), i + max)));
        }
        return chunks;
    }

    public static <T> List<T> padded(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An in list needs a value");
        }
        int size = Integer.highestOneBit(values.size());
        if (size == values.size()) {
            return values;
        }
        List<T> padded = new ArrayList<>(size * 2);
        padded.addAll(values);
        T last = values.get(values.size() - 1);
        while (padded.size() < size * 2) {
            padded.add(last);
        }
        return padded;
    }

    /** A native statement's positional parameters {@code ?first} onwards, {@code count} of them, for its in list. */
    public static String marks(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> "?" + i).collect(Collectors.joining(","));
    }

    /** Binds the values to the parameters {@code ?first} onwards (the ones {@link #marks} wrote). */
    public static Query bind(Query query, int first, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
        return query;
    }
}
