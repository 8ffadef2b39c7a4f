package org.onenumber.web.audit;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onenumber.audit.boundary.AuditFilter;

/**
 * The audit page's filters as a person sets them (who, kind, action, a range of days in the page's time zone, the
 * whole carrier or the account) and as the export link carries them: the page and the CSV read the same entries.
 */
public class AuditSearch implements Serializable {

    private boolean wholeCarrier;
    private String who;
    private String kind;
    private String action;
    private LocalDate from;
    private LocalDate to;

    /** The filters of an export link; a day that is not yyyy-MM-dd is refused. */
    static AuditSearch parse(Function<String, String> parameter) {
        AuditSearch search = new AuditSearch();
        search.wholeCarrier = "carrier".equals(parameter.apply("scope"));
        search.who = parameter.apply("who");
        search.kind = parameter.apply("kind");
        search.action = parameter.apply("action");
        search.from = day(parameter.apply("from"));
        search.to = day(parameter.apply("to"));
        return search;
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Give days as yyyy-MM-dd, not " + text + ".");
        }
    }

    /** The boundary's filter: days from the start of {@code from} to the end of {@code to}, in {@code zone}. */
    AuditFilter filter(Long accountId, ZoneId zone) {
        return new AuditFilter(wholeCarrier ? null : accountId, who, kind, action,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The export link's query string, the same filters. */
    String query() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("scope", wholeCarrier ? "carrier" : "account");
        parameters.put("who", who);
        parameters.put("kind", kind);
        parameters.put("action", action);
        parameters.put("from", from == null ? null : from.toString());
        parameters.put("to", to == null ? null : to.toString());
        return parameters.entrySet().stream().filter(p -> p.getValue() != null && !p.getValue().isBlank())
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public boolean isWholeCarrier() {
        return wholeCarrier;
    }

    public void setWholeCarrier(boolean wholeCarrier) {
        this.wholeCarrier = wholeCarrier;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
