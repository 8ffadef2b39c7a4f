package org.onenumber.switchsim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Applied states by key with the version each was applied at. A removal keeps its version as a tombstone
 * (state null): without it, an older apply replayed after the removal would bring the thing back. Every
 * version offered for a key is also remembered in arrival order, stale ones included, so a test can see
 * whether a sender ever went backwards (the newest {@value #HISTORY} per key).
 */
final class Versions<T> {

    static final int HISTORY = 1_000;

    private final NavigableMap<String, Applied<T>> entries = new TreeMap<>();
    private final Map<String, Deque<Long>> received = new HashMap<>();

    record Applied<T>(long version, T state) {

        boolean live() {
            return state != null;
        }
    }

    /** Remembers that {@code version} arrived for {@code key}; true when it is newer than the one held. */
    boolean offer(String key, long version) {
        Deque<Long> history = received.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (history.size() == HISTORY) {
            history.removeFirst();
        }
        history.addLast(version);
        return isNewer(key, version);
    }

    /** The versions offered for {@code key}, oldest arrival first. */
    List<Long> received(String key) {
        Deque<Long> history = received.get(key);
        return history == null ? List.of() : List.copyOf(history);
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

    /** Forgets a key, tombstone and all (the emulator's drift commands: a switch that lost it). */
    void forget(String key) {
        entries.remove(key);
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
