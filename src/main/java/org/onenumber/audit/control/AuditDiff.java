package org.onenumber.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an audit entry changed, field by field: its before and after snapshots (JSON objects, nested ones flattened to
 * "parent.child") compared, and only the fields whose value differs kept, in the order the snapshots list them. An
 * added entity lists its fields with no before, a deleted one with no after.
 */
public final class AuditDiff {

    /** One changed field; a side that has no value (the entity did not exist, or lacked the field) is null. */
    public record Change(String field, String before, String after) implements Serializable {
    }

    private AuditDiff() {
    }

    public static List<Change> of(String beforeJson, String afterJson) {
        Map<String, String> before = flat(beforeJson);
        Map<String, String> after = flat(afterJson);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String was = before.get(field);
            String is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new Change(field, was, is));
            }
        }
        return changes;
    }

    /** A snapshot's fields and values as text; a snapshot cut short when written, or not JSON, is one field "state". */
    static Map<String, String> flat(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                flatten("", object, fields);
            } else {
                fields.put("state", text(value));
            }
        } catch (JsonParsingException e) {
            fields.put("state", json);
        }
        return fields;
    }

    private static void flatten(String prefix, JsonObject object, Map<String, String> into) {
        object.forEach((name, value) -> {
            if (value instanceof JsonObject nested && !nested.isEmpty()) {
                flatten(prefix + name + ".", nested, into);
            } else if (value.getValueType() != JsonValue.ValueType.NULL) {
                into.put(prefix + name, text(value));
            }
        });
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(AuditDiff::text).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
