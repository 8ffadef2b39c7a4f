package org.onenumber.platform.control;

import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The where clause of a filtered table query, built from the filters a page sends: each condition comes
 * with its parameters, so the count and the window of one table always filter alike.
 */
public final class Where {

    private final StringBuilder jpql = new StringBuilder(" where ");
    private final Map<String, Object> parameters = new HashMap<>();

    public Where(String condition, String name, Object value) {
        jpql.append(condition);
        parameters.put(name, value);
    }

    public Where and(String condition, String name, Object value) {
        return and(condition, Map.of(name, value));
    }

    public Where and(String condition, Map<String, Object> values) {
        jpql.append(" and (").append(condition).append(')');
        parameters.putAll(values);
        return this;
    }

    public String jpql() {
        return jpql.toString();
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    public static boolean present(String filter) {
        return filter != null && !filter.isBlank();
    }

    /**
     * {@code column like :parameter} with the escape character of the patterns built here. It is named, because the
     * databases' defaults differ (H2 and PostgreSQL take a backslash, others none), and it is not the backslash, which
     * a string literal may itself escape; with it, a backslash in a filter is a plain character.
     */
    public static String like(String column, String parameter) {
        return column + " like :" + parameter + " escape '!'";
    }

    /** The text as a LIKE pattern matches it, character for character: its wildcards and the escape made literal. */
    public static String literally(String text) {
        return text.replaceAll("[!%_]", "!$0");
    }

    /** A case-insensitive "contains" pattern for a lower-case column, for {@link #like}. */
    public static String containing(String filter) {
        return "%" + literally(filter.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    /** A "starts with" pattern, for {@link #like}. */
    public static String startingWith(String filter) {
        return literally(filter.trim()) + "%";
    }

    /** A pattern for numbers stored as digits: the filter's digits anywhere (digits need no escape). */
    public static String digitsContaining(String filter) {
        return "%" + filter.replaceAll("\\D", "") + "%";
    }
}
