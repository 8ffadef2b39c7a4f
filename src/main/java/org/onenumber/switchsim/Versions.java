package org.onenumber.switchsim;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Applied states by key with the version each was applied at. A removal keeps its version as a tombstone
 * (state null): without it, an older apply replayed after the removal would bring the thing back.
 */
final class Versions<T> {

    private final NavigableMap<String, Applied<T>> entries = new TreeMap<>();

    record Applied<T>(long version, T state) {

        boolean live() {
            return state != null;
        }
    }

    boolean isNewer(String key, long version) {
        Applied<T> current = entries.get(key);
        return current == null || version > current.version();
    }

    long version(String key) {
        Applied<T> current = entries.get(key);
        return current == null ? 0 : current.version();
    }

    /** Stores the state (null to remove) and returns the previous live state, or null. */
    T put(String key, long version, T state) {
        Applied<T> previous = entries.put(key, new Applied<>(version, state));
        return previous == null ? null : previous.state();
    }

    T live(String key) {
        Applied<T> current = entries.get(key);
        return current == null ? null : current.state();
    }

    /** Entries after {@code afterKey} (exclusive; null for the start) in key order, tombstones included. */
    Iterable<Map.Entry<String, Applied<T>>> after(String afterKey) {
        return (afterKey == null ? entries : entries.tailMap(afterKey, false)).entrySet();
    }
}
