package org.onenumber.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
 * Authorization header, never the password itself.
 *
 * <p>Each entry holds the login's row version as it was before the password was verified, and a hit
 * counts only while the database still has that version: a password change, a lockout or a change of
 * roles moves the version, so it takes effect at once on every instance that shares the database,
 * clustered or not, without any message between instances. The check is one read of an indexed row,
 * far cheaper than the verification it saves.
 */
@ApplicationScoped
public class CredentialCache {

    private static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;
    /** The stamp of a login that does not exist: never equal to a row version. */
    private static final long NO_LOGIN = -1;

    public record Entry(String name, Set<String> groups, long stamp, long expiresAtNanos) {
    }

    @PersistenceContext
    EntityManager em;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** The entry for this header while it is fresh and the login unchanged in the database; null otherwise. */
    public Entry get(String authorization) {
        String key = key(authorization);
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (System.nanoTime() - entry.expiresAtNanos() > 0 || stamp(entry.name()) != entry.stamp()) {
            entries.remove(key, entry);
            return null;
        }
        return entry;
    }

    /**
     * The login's current stamp (its row version). Read it before verifying a password and {@link #put} the
     * result with it, so that a change committed in between is never remembered as verified.
     */
    public long stamp(String username) {
        return em.createQuery("select l.version from Login l where l.username = :username", Long.class)
                .setParameter("username", username == null ? "" : username.trim())
                .getResultStream().findFirst().orElse(NO_LOGIN);
    }

    public void put(String authorization, String name, Set<String> groups, long stamp) {
        if (stamp == NO_LOGIN) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(authorization), new Entry(name, groups, stamp, System.nanoTime() + TTL.toNanos()));
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
