package org.onenumber.account.boundary;

/**
 * What the users table asks for: per-column filters (null or blank means no filter), the location
 * filter, one sort column and a window. Filtering, sorting and paging all happen in the database.
 */
public record UserQuery(long accountId, Long siteId, String name, String extension, String number, String email,
                        String sortField, boolean ascending, int first, int max) {

    public UserQuery {
        max = Math.max(1, Math.min(max, 200));
        first = Math.max(0, first);
    }
}
