package org.onenumber.platform.control;

import jakarta.persistence.TypedQuery;
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
        return of(fetched, request, row -> null, id);
    }

    /** As {@link #of(List, PageRequest, ToLongFunction)} for a list sorted on {@code key}, then on the id. */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, String> key, ToLongFunction<T> id) {
        if (fetched.size() <= request.size()) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, request.size());
        T last = items.get(items.size() - 1);
        return new Page<>(items, request.next(key.apply(last), id.applyAsLong(last)));
    }

    /**
     * The rows of a list that pages only when asked: with no page request ({@code request} null) every row the query
     * finds, as the list answered before it paged, so a client that never pages is not cut short; with one, the
     * page's rows (the query holds the keyset condition after the cursor) and the cursor of the next page.
     */
    public static <T> Page<T> window(TypedQuery<T> query, PageRequest request, Function<T, String> key, ToLongFunction<T> id) {
        if (request == null) {
            return new Page<>(query.getResultList(), null);
        }
        return of(query.setMaxResults(request.size() + 1).getResultList(), request, key, id);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
