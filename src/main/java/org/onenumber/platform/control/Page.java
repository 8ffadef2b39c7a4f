package org.onenumber.platform.control;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** One page of a keyset query; nextCursor is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) implements Serializable {

    /**
     * Builds a page from a query that fetched one row more than asked for: the extra row only tells
     * that another page exists.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, ToLongFunction<T> id) {
        if (fetched.size() <= request.size()) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, request.size());
        return new Page<>(items, request.next(id.applyAsLong(items.get(items.size() - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
