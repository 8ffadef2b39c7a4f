package org.onenumber.mobility.boundary;

/**
 * What the mobility users table asks for: per-column filters on name, number and extension (either the
 * station's or the mobility extension), the "multiple values search" (several values, any may match any of
 * those columns), the location, one sort column and a window. All of it runs in the database.
 */
public record MobilityUserQuery(long accountId, Long siteId, String name, String number, String extension,
                                String multipleValues, String sortField, boolean ascending, int first, int max) {

    public MobilityUserQuery {
        max = Math.max(1, Math.min(max, 200));
        first = Math.max(0, first);
    }
}
