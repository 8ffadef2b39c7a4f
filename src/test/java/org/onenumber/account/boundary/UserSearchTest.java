package org.onenumber.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.onenumber.account.entity.AccountError;
import org.onenumber.platform.control.CommonError;
import org.onenumber.platform.control.InvalidInputException;

class UserSearchTest {

    @Test
    void criteriaAreNormalisedAsTheStoredValues() {
        UserSearch search = new UserSearch(null, " (408) 555-0100 ", " 2001 ", " Dana.Scully@Example.COM ",
                "00-10-49-aa-bb-cc", "  Dana S ", null, false);
        assertEquals("+14085550100", search.number());
        assertEquals("2001", search.extension());
        assertEquals("dana.scully@example.com", search.email());
        assertEquals("00:10:49:AA:BB:CC", search.macAddress());
        assertEquals("dana s", search.namePrefix());
        assertEquals(UserSearch.Sort.NAME, search.sort());
    }

    @Test
    void blankCriteriaAreNoCriteria() {
        UserSearch search = new UserSearch(7L, " ", "", null, " ", "", UserSearch.Sort.CREATED, true);
        assertNull(search.number());
        assertNull(search.macAddress());
        assertNull(search.namePrefix());
    }

    @Test
    void aSearchWithoutAccountOrCriterionIsRefusedNamingTheAccount() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new UserSearch(null, " ", null, "", null, null, UserSearch.Sort.NAME, false));
        assertEquals(CommonError.INVALID_FIELD, refused.code());
        assertEquals("accountId", refused.field());
    }

    @Test
    void malformedNumbersMacsAndExtensionsAreRefusedByField() {
        InvalidInputException mac = assertThrows(InvalidInputException.class,
                () -> new UserSearch(1L, null, null, null, "00:10:49", null, null, false));
        assertEquals(AccountError.INVALID_MAC, mac.code());
        assertEquals("macAddress", mac.field());
        InvalidInputException number = assertThrows(InvalidInputException.class,
                () -> new UserSearch(1L, "555", null, null, null, null, null, false));
        assertEquals(AccountError.INVALID_NUMBER, number.code());
        assertEquals("number", number.field());
        assertEquals("extension",
                assertThrows(InvalidInputException.class, () -> new UserSearch(1L, null, "x1", null, null, null, null, false))
                        .field());
    }

    @Test
    void theSameSearchInAnotherSpellingHasTheSameFingerprint() {
        assertEquals(new UserSearch(1L, "4085550100", null, "A@B.C", null, null, null, false).fingerprint(),
                new UserSearch(1L, "+1 408 555 0100", null, "a@b.c ", null, null, UserSearch.Sort.NAME, false).fingerprint());
    }

    @Test
    void anotherCriterionSortOrDirectionChangesTheFingerprint() {
        String base = new UserSearch(1L, null, "2001", null, null, null, null, false).fingerprint();
        assertNotEquals(base, new UserSearch(1L, null, "2002", null, null, null, null, false).fingerprint());
        assertNotEquals(base, new UserSearch(2L, null, "2001", null, null, null, null, false).fingerprint());
        assertNotEquals(base, new UserSearch(1L, null, "2001", null, null, null, UserSearch.Sort.CREATED, false).fingerprint());
        assertNotEquals(base, new UserSearch(1L, null, "2001", null, null, null, null, true).fingerprint());
    }
}
