package org.onenumber.soap;

import org.onenumber.platform.control.PageRequest;

/** The contract's page request (absent: the first page of the default size) as the boundaries' keyset page. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(org.onenumber.ws.v1.PageRequest page) {
        return page == null ? PageRequest.of(null, null) : PageRequest.of(page.getCursor(), page.getPageSize());
    }
}
