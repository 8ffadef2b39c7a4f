package org.onenumber.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers verified SOAP Basic credentials for a short while so a busy carrier client does not pay
 * a PBKDF2 verification (tens of milliseconds by design) on every call. Keys are SHA-256 of the
 * Authorization header, never the password itself. A password change clears the cache.
 */
@ApplicationScoped
public class CredentialCache {

    private static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    public record Entry(String name, Set<String> groups, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    public Entry get(String authorization) {
        Entry entry = entries.get(key(authorization));
        if (entry == null || System.nanoTime() - entry.expiresAtNanos() > 0) {
            return null;
        }
        return entry;
    }

    public void put(String authorization, String name, Set<String> groups) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(authorization), new Entry(name, groups, System.nanoTime() + TTL.toNanos()));
    }

    public void clear() {
        entries.clear();
    }

    private static String key(String authorization) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(authorization.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
