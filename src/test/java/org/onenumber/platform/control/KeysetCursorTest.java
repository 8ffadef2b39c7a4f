package org.onenumber.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {

    private static final String QUERY = KeysetCursor.fingerprint("users", 7L, null, "2001", "NAME", false);

    @Test
    void aCursorGivesBackTheSortKeyAndIdOfItsQuery() {
        String cursor = new KeysetCursor("dana scully: 100% | ü", 42).encode(QUERY);
        assertEquals(new KeysetCursor("dana scully: 100% | ü", 42), KeysetCursor.decode(cursor, QUERY));
    }

    @Test
    void aMissingSortKeyComesBackMissing() {
        assertEquals(new KeysetCursor(null, 5), KeysetCursor.decode(new KeysetCursor(null, 5).encode(QUERY), QUERY));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(KeysetCursor.decode(null, QUERY));
        assertNull(KeysetCursor.decode(" ", QUERY));
    }

    @Test
    void aCursorOfOtherCriteriaOrSortIsRefused() {
        String cursor = new KeysetCursor("a", 1).encode(QUERY);
        String otherSort = KeysetCursor.fingerprint("users", 7L, null, "2001", "NAME", true);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> KeysetCursor.decode(cursor, otherSort));
        assertEquals("cursor", refused.field());
        assertEquals(CommonError.INVALID_FIELD, refused.code());
        assertTrue(refused.getMessage().contains("another query"), refused.getMessage());
    }

    @Test
    void fingerprintsOfDifferentCriteriaDiffer() {
        assertNotEquals(KeysetCursor.fingerprint("a|b", null), KeysetCursor.fingerprint("a", "b|"));
        assertNotEquals(KeysetCursor.fingerprint((Object) null), KeysetCursor.fingerprint("null"));
        assertNotEquals(KeysetCursor.fingerprint("1#a"), KeysetCursor.fingerprint("a"));
    }

    @Test
    void anAlteredCursorIsRefusedAsNotOurs() {
        String cursor = new KeysetCursor("smith", 41).encode(QUERY);
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.replace(":41:", ":9041:").getBytes(StandardCharsets.US_ASCII));
        assertRefused(forged, "not one this service returned");
        assertRefused(cursor.substring(0, cursor.length() - 3), "not one this service returned");
        assertRefused(cursor + "A", "not one this service returned");
        assertRefused("%%%", "not one this service returned");
    }

    /**
     * A client that knows how cursors are made (the format is plain to read) moves one and computes its checksum
     * again: the checksum is a keyed one (an HMAC with the server's key), so the cursor is still not one this service
     * returned. Before, it was a plain SHA-256 anyone could compute, and the moved cursor was taken.
     */
    @Test
    void aCursorMovedByHandWithItsChecksumComputedAgainIsRefused() throws Exception {
        String cursor = new KeysetCursor("smith", 41).encode(QUERY);
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        String payload = text.substring(0, text.lastIndexOf(':')).replace(":41", ":9041");
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8));
        String checksum = java.util.HexFormat.of().formatHex(java.util.Arrays.copyOf(hash, 12));
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((payload + ":" + checksum).getBytes(StandardCharsets.US_ASCII));
        assertRefused(forged, "not one this service returned");
    }

    /** Another server (another database, so another key) does not take this one's cursors. */
    @Test
    void aCursorSignedWithAnotherKeyIsRefused() {
        String cursor = new KeysetCursor("smith", 41).encode(QUERY);
        byte[] ours = KeysetCursor.currentKey();
        try {
            KeysetCursor.useKey(KeysetCursor.newKey());
            assertRefused(cursor, "not one this service returned");
        } finally {
            KeysetCursor.useKey(ours);
        }
        assertEquals(new KeysetCursor("smith", 41), KeysetCursor.decode(cursor, QUERY));
    }

    @Test
    void aListCursorIsRefusedBySearchAndASearchCursorByLists() {
        assertRefused(PageRequest.of(null, 10, "ListUsers|1|null|null").next(41), "another query");
        String search = new KeysetCursor("smith", 41).encode(QUERY);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> PageRequest.of(search, 10));
        assertEquals("cursor", refused.field());
        assertTrue(refused.getMessage().contains("another query"), refused.getMessage());
    }

    private static void assertRefused(String cursor, String why) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> KeysetCursor.decode(cursor, QUERY));
        assertEquals("cursor", refused.field());
        assertTrue(refused.getMessage().contains(why), refused.getMessage());
    }
}
