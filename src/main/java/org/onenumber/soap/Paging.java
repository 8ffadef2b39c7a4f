package org.onenumber.soap;

import org.onenumber.platform.control.PageRequest;

/** The contract's page request (absent: the first page of the default size) as the boundaries' keyset page. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(org.onenumber.ws.v1.PageRequest page) {
        return page == null ? PageRequest.of(null, null) : PageRequest.of(page.getCursor(), page.getPageSize());
    }

    /** The cursor of the page request, null when there is none. */
    public static String cursor(org.onenumber.ws.v1.PageRequest page) {
        return page == null ? null : page.getCursor();
    }

    /** The page size asked for, checked as every list checks it. */
    public static int size(org.onenumber.ws.v1.PageRequest page) {
        return PageRequest.size(page == null ? null : page.getPageSize());
    }
}
