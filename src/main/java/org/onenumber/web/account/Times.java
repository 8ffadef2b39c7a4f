package org.onenumber.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/**
 * How the admin pages show a moment (through the {@code on:time} tag): in the time zone of the account worked on, to
 * the minute, with the full time (seconds and fractions, the zone and UTC) for the hover title. Pages of support that
 * belong to no account show UTC and say so once ({@code on:zoneNote}).
 */
@Named
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS zzz '('VV')'");

    @Inject
    AdminContext admin;

    /** The moment to the minute in the zone ({@code utc}: UTC, else the account's). */
    public String minute(Object moment, boolean utc) {
        Instant instant = instant(moment);
        return instant == null ? "" : MINUTE.withZone(zone(utc)).format(instant);
    }

    /** The moment in full, in the zone and in UTC: "2026-11-30 08:34:12.123456 PST (America/Los_Angeles), 2026-11-30T16:34:12.123456Z". */
    public String full(Object moment, boolean utc) {
        Instant instant = instant(moment);
        return instant == null ? "" : FULL.withZone(zone(utc)).format(instant) + ", " + instant;
    }

    /** The moment in UTC as ISO 8601, for the time element's datetime attribute. */
    public String iso(Object moment) {
        Instant instant = instant(moment);
        return instant == null ? "" : instant.toString();
    }

    /** The zone times are shown in. */
    public ZoneId zone(boolean utc) {
        ZoneId zone = utc ? null : admin.getZone();
        return zone == null ? ZoneOffset.UTC : zone;
    }

    /** The sentence that says once on a page which zone its times are in. */
    public String note(boolean utc) {
        ZoneId zone = zone(utc);
        return zone.equals(ZoneOffset.UTC) ? "Times are in UTC." : "Times are in " + zone.getId() + " (the account's time zone).";
    }

    static Instant instant(Object moment) {
        if (moment == null) {
            return null;
        }
        if (moment instanceof Instant instant) {
            return instant;
        }
        if (moment instanceof Date date) {
            return date.toInstant();
        }
        if (moment instanceof TemporalAccessor temporal) {
            return Instant.from(temporal);
        }
        throw new IllegalArgumentException("Not a moment: " + moment.getClass().getName());
    }
}
