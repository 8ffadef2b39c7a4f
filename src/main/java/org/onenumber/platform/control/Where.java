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

    /** A case-insensitive "contains" pattern for a lower-case column. */
    public static String containing(String filter) {
        return "%" + filter.trim().toLowerCase(Locale.ROOT) + "%";
    }

    /** A pattern for numbers stored as digits: the filter's digits anywhere. */
    public static String digitsContaining(String filter) {
        return "%" + filter.replaceAll("\\D", "") + "%";
    }
}
