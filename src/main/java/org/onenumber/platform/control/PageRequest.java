package org.onenumber.platform.control;

/**
 * Keyset paging: the cursor stands for the last id of the previous page, opaque to clients, so pages stay stable
 * while rows are added and cost the same however deep a client goes. The cursor is bound to its list and filters
 * ({@code query}, such as "ListUsers|12|null|ann"): carried to another list, to other filters or to a search, it is
 * refused instead of silently skipping or repeating rows (see {@link KeysetCursor}). A list sorted on something
 * else than the id carries the sort key of the last row too ({@code afterKey}, null on the first page).
 */
public record PageRequest(long afterId, int size, String query, String afterKey) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** A page of a list that has one caller only (an admin page's own table). */
    public static PageRequest of(String cursor, Integer size) {
        return of(cursor, size, "");
    }

    /** A page of the list and filters {@code query}; INVALID_FIELD on "cursor" for another query's cursor. */
    public static PageRequest of(String cursor, Integer size, String query) {
        int pageSize = size(size);
        KeysetCursor after = KeysetCursor.decode(cursor, query);
        return after == null ? new PageRequest(0, pageSize, query, null)
                : new PageRequest(after.id(), pageSize, query, after.sortKey());
    }

    /** The page size asked for, DEFAULT_SIZE when absent; INVALID_FIELD on pageSize outside 1..MAX_SIZE. */
    public static int size(Integer size) {
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new InvalidInputException("pageSize", "Page size must be between 1 and " + MAX_SIZE + ".");
        }
        return pageSize;
    }

    /** The cursor of the page after the row {@code lastId}, for this same list and filters. */
    public String next(long lastId) {
        return next(null, lastId);
    }

    /** The cursor of the page after the row with the sort key {@code lastKey} and the id {@code lastId}. */
    public String next(String lastKey, long lastId) {
        return new KeysetCursor(lastKey, lastId).encode(query);
    }

    /** The first page: no cursor, so no keyset condition. */
    public boolean first() {
        return afterKey == null && afterId == 0;
    }
}
