package org.onenumber.web.home;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.onenumber.audit.entity.AuditEntry;

/** One line of the home page's recent changes: when, who, and what in words ("Mobility user enabled"). */
public record RecentChange(String when, String at, String who, String channel, String what) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private static final Map<String, String> DONE = Map.ofEntries(
            Map.entry("ADD", "added"), Map.entry("MODIFY", "changed"), Map.entry("UPDATE", "changed"),
            Map.entry("DELETE", "deleted"), Map.entry("REMOVE", "removed"), Map.entry("SHARE", "shared"),
            Map.entry("UNSHARE", "unshared"), Map.entry("ENABLE", "enabled"), Map.entry("DISABLE", "disabled"),
            Map.entry("ACTIVATE", "activated"), Map.entry("COMPLETE_ACTIVATION", "activation completed"),
            Map.entry("SET_QUANTITY", "quantity set"), Map.entry("FAILED", "refused by the switch"),
            Map.entry("RETRY", "sent again"), Map.entry("MODIFY_SETTINGS", "settings changed"),
            Map.entry("ASSIGN", "assigned"), Map.entry("RECORD", "recorded"));

    private static final Map<String, String> CHANNELS = Map.of("WEB", "web page", "SOAP", "SOAP", "BATCH", "batch job",
            "SWITCH", "switch");

    static RecentChange of(AuditEntry entry) {
        Instant at = entry.getOccurredAt();
        return new RecentChange(minute(at), at.toString(), entry.getPrincipal(),
                CHANNELS.getOrDefault(entry.getChannel().name(), entry.getChannel().name()),
                words(entry.getEntityType()) + " " + DONE.getOrDefault(entry.getAction(), entry.getAction().toLowerCase(Locale.ROOT).replace('_', ' ')));
    }

    /** A time to the minute, as the admin pages show times. */
    static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }

    /** "MobilityUser" as "Mobility user". */
    static String words(String camelCase) {
        String spaced = camelCase.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
