package org.onenumber.web.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onenumber.audit.boundary.AuditLog;
import org.onenumber.audit.control.AuditDiff;
import org.onenumber.audit.entity.AuditEntry;
import org.onenumber.web.Words;

/**
 * An audit entry as the page and the export show it: the entity by kind and name ("Mobility user Ann Lee (ext 2001)"),
 * the action and channel as words, and what changed as one line per field.
 */
public record AuditRow(long id, Instant occurredAt, String who, String channel, String action, String entity,
                       List<Change> changes, String trackingId) implements Serializable {

    /** One changed field as words; an empty side is null. */
    public record Change(String field, String before, String after) implements Serializable {
    }

    static List<AuditRow> of(List<AuditEntry> entries, Map<String, String> names) {
        return entries.stream().map(e -> of(e, names)).toList();
    }

    private static AuditRow of(AuditEntry e, Map<String, String> names) {
        List<AuditDiff.Change> diff = AuditDiff.of(e.getBefore(), e.getAfter());
        List<Change> changes = diff.stream()
                .map(c -> new Change(Words.field(c.field()), Words.value(c.before()), Words.value(c.after()))).toList();
        return new AuditRow(e.getId(), e.getOccurredAt(), e.getPrincipal(), Words.word(e.getChannel()), Words.word(e.getAction()),
                entity(e, names, diff), changes, e.getTrackingId());
    }

    /** The kind in words and the entity's name; one deleted since is named from its snapshot, else by its number. */
    private static String entity(AuditEntry e, Map<String, String> names, List<AuditDiff.Change> diff) {
        String kind = Words.word(e.getEntityType());
        if (e.getEntityId() == null) {
            return kind;
        }
        String name = names.get(AuditLog.key(e.getEntityType(), e.getEntityId()));
        if (name == null) {
            name = snapshotName(diff);
        }
        return kind + " " + (name == null ? e.getEntityId() : name);
    }

    private static String snapshotName(List<AuditDiff.Change> diff) {
        Map<String, String> fields = diff.stream().filter(c -> c.before() != null || c.after() != null)
                .collect(Collectors.toMap(AuditDiff.Change::field, c -> c.before() != null ? c.before() : c.after(), (a, b) -> a));
        if (fields.containsKey("name")) {
            return fields.get("name");
        }
        if (fields.containsKey("firstName") || fields.containsKey("lastName")) {
            return (fields.getOrDefault("firstName", "") + " " + fields.getOrDefault("lastName", "")).trim();
        }
        return null;
    }

    /** The changes on one line each, "Last name: Scully → Mulder", for the export. */
    public String changesText() {
        return changes.stream().map(c -> c.field() + ": " + side(c.before()) + " → " + side(c.after()))
                .collect(Collectors.joining("\n"));
    }

    private static String side(String value) {
        return value == null ? "(none)" : value;
    }
}
