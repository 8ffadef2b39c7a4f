package org.onenumber.soap;

import org.onenumber.platform.control.KeysetCursor;
import org.onenumber.platform.control.PageRequest;

/** The contract's page request (absent: the first page of the default size) as the boundaries' keyset page. */
public final class Paging {

    private Paging() {
    }

    /**
     * The page of the operation {@code list} with its filters, as they came in the request (absent ones as null): its
     * cursor serves only the same operation and filters.
     */
    public static PageRequest of(org.onenumber.ws.v1.PageRequest page, String list, Object... filters) {
        Object[] parts = new Object[filters.length + 1];
        parts[0] = list;
        System.arraycopy(filters, 0, parts, 1, filters.length);
        String query = KeysetCursor.fingerprint(parts);
        return page == null ? PageRequest.of(null, null, query) : PageRequest.of(page.getCursor(), page.getPageSize(), query);
    }

    /**
     * As {@link #of}, for a list that paged only after v1 clients used it: null (every row, as before) when the
     * request has no page, so a client that never sent one is not cut short to the default page size.
     */
    public static PageRequest ifAsked(org.onenumber.ws.v1.PageRequest page, String list, Object... filters) {
        return page == null ? null : of(page, list, filters);
    }

    /** The cursor of the page request, null when there is none. */
    public static String cursor(org.onenumber.ws.v1.PageRequest page) {
        return page == null ? null : page.getCursor();
    }

    /** The page size asked for, checked as every list checks it. */
    public static int size(org.onenumber.ws.v1.PageRequest page) {
        return PageRequest.size(page == null ? null : page.getPageSize());
    }

    /** A list's total: counted only when the request's includeTotal is true, absent (null) otherwise. */
    public static Long total(Boolean includeTotal, java.util.function.LongSupplier count) {
        return Boolean.TRUE.equals(includeTotal) ? count.getAsLong() : null;
    }
}
