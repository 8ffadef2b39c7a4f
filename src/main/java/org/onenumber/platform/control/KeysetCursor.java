package org.onenumber.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cursor of every list and search: keyset paging on (sort key, id), or on the id alone for lists, bound to the
 * query that made it. A plain "after id N" could be carried to another list or to other criteria and give a page
 * that silently skips or repeats rows; this one carries a digest of the list or search, its criteria and sort, and
 * a page of another query refuses it. A keyed checksum (an HMAC with the server's key, which the database keeps, so
 * every instance and every start has the same: {@code platform.boundary.Database} hands it over at start) makes a
 * cursor altered or built by hand fail as one this service did not return, even by a client that reads the format and
 * computes a plain checksum again. The digest is not a permission: every page is still confined to the caller's
 * tenant by its query.
 */
public record KeysetCursor(String sortKey, long id) {

    private static final String PREFIX = "keyset:";
    private static final int DIGEST_BYTES = 12;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String HMAC = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    /** Until the server hands over its database's key: one of this JVM's own (the unit tests'). */
    private static volatile byte[] key = newKey();

    /** Signs the cursors with {@code serverKey} from now on; those signed with another key are refused. */
    public static void useKey(byte[] serverKey) {
        if (serverKey == null || serverKey.length < KEY_BYTES) {
            throw new IllegalArgumentException("A cursor key has at least " + KEY_BYTES + " bytes");
        }
        key = serverKey.clone();
    }

    /** The key cursors are signed with now. */
    public static byte[] currentKey() {
        return key.clone();
    }

    /** A new random key, for a new database. */
    public static byte[] newKey() {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        return fresh;
    }

    /** The cursor after the row with this sort key (null: none) and id, for the query with this fingerprint. */
    public String encode(String queryFingerprint) {
        String key = sortKey == null ? "-" : "=" + ENCODER.encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
        String payload = PREFIX + digest(queryFingerprint) + ":" + key + ":" + id;
        return ENCODER.encodeToString((payload + ":" + signature(payload)).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The position a cursor of this query stands for; null for no cursor (the first page). INVALID_FIELD on
     * "cursor" when it belongs to another query or list, or when it is not one this service returned.
     */
    public static KeysetCursor decode(String cursor, String queryFingerprint) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String text = text(cursor);
        if (!text.startsWith(PREFIX)) {
            throw anotherQuery();
        }
        String[] parts = text.split(":", -1); // keyset, query digest, key, id, checksum
        int checksumAt = text.lastIndexOf(':');
        if (parts.length != 5 || !MessageDigest.isEqual(parts[4].getBytes(StandardCharsets.US_ASCII),
                signature(text.substring(0, checksumAt)).getBytes(StandardCharsets.US_ASCII))) {
            throw notOurs();
        }
        if (!parts[1].equals(digest(queryFingerprint))) {
            throw anotherQuery();
        }
        try {
            String key = parts[2].equals("-") ? null
                    : new String(DECODER.decode(parts[2].substring(1)), StandardCharsets.UTF_8);
            return new KeysetCursor(key, Long.parseLong(parts[3]));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw notOurs();
        }
    }

    /** The criteria and sort of a query as one string: nulls and separators inside values cannot make two alike. */
    public static String fingerprint(Object... parts) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            String value = String.valueOf(part);
            out.append(part == null ? "~" : value.length() + "#" + value).append('|');
        }
        return out.toString();
    }

    static InvalidInputException anotherQuery() {
        return new InvalidInputException("cursor",
                "The cursor belongs to another query: page on with the same criteria and sort, or start without a cursor.");
    }

    /** INVALID_FIELD on "cursor": not one this service returned (also for a well-formed cursor whose key cannot be). */
    public static InvalidInputException notOurs() {
        return new InvalidInputException("cursor", "The cursor is not one this service returned.");
    }

    private static String text(String cursor) {
        try {
            return new String(DECODER.decode(cursor.trim()), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
    }

    /** The keyed checksum of a cursor's text, as long as a digest (96 bits). */
    private static String signature(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return HexFormat.of().formatHex(Arrays.copyOf(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)), DIGEST_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(hash, DIGEST_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
