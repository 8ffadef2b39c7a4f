package org.onenumber.platform.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset paging: the cursor is the last id of the previous page, opaque to clients, so pages stay
 * stable while rows are added and cost the same however deep a client goes.
 */
public record PageRequest(long afterId, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(String cursor, Integer size) {
        return new PageRequest(decode(cursor), size(size));
    }

    /** The page size asked for, DEFAULT_SIZE when absent; INVALID_FIELD on pageSize outside 1..MAX_SIZE. */
    public static int size(Integer size) {
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new InvalidInputException("pageSize", "Page size must be between 1 and " + MAX_SIZE + ".");
        }
        return pageSize;
    }

    static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        if (KeysetCursor.isOne(cursor)) { // a search's cursor carried to a list
            throw KeysetCursor.anotherQuery();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!text.startsWith("after:")) {
                throw new IllegalArgumentException(text);
            }
            return Long.parseLong(text.substring("after:".length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "The cursor is not one this service returned.");
        }
    }

    public static String encode(long lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("after:" + lastId).getBytes(StandardCharsets.US_ASCII));
    }
}
