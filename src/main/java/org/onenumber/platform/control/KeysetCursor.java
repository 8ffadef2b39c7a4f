package org.onenumber.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The cursor of every list and search: keyset paging on (sort key, id), or on the id alone for lists, bound to the
 * query that made it. A plain "after id N" could be carried to another list or to other criteria and give a page
 * that silently skips or repeats rows; this one carries a digest of the list or search, its criteria and sort, and
 * a page of another query refuses it. A checksum makes an altered cursor fail as one this service did
 * not return. The digest is not a permission: every page is still confined to the caller's tenant by its query.
 */
public record KeysetCursor(String sortKey, long id) {

    private static final String PREFIX = "keyset:";
    private static final int DIGEST_BYTES = 12;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** The cursor after the row with this sort key (null: none) and id, for the query with this fingerprint. */
    public String encode(String queryFingerprint) {
        String key = sortKey == null ? "-" : "=" + ENCODER.encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
        String payload = PREFIX + digest(queryFingerprint) + ":" + key + ":" + id;
        return ENCODER.encodeToString((payload + ":" + digest(payload)).getBytes(StandardCharsets.US_ASCII));
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
        if (parts.length != 5 || !parts[4].equals(digest(text.substring(0, checksumAt)))) {
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

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(hash, DIGEST_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
