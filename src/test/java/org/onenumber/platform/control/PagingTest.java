package org.onenumber.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aCursorCarriesTheLastIdOfThePage() {
        PageRequest request = PageRequest.of(null, 2);
        Page<Long> page = Page.of(List.of(10L, 11L, 12L), request, Long::longValue);
        assertEquals(List.of(10L, 11L), page.items());
        assertEquals(11L, PageRequest.of(page.nextCursor(), 2).afterId());
    }

    @Test
    void aSortedListsCursorCarriesTheSortKeyOfTheLastRowWithItsId() {
        PageRequest request = PageRequest.of(null, 2, "ListMobilityRouters|");
        assertTrue(request.first());
        Page<String> page = Page.of(List.of("SMR1", "SMR2", "SMR3"), request, name -> name, name -> name.length());
        PageRequest next = PageRequest.of(page.nextCursor(), 2, "ListMobilityRouters|");
        assertEquals("SMR2", next.afterKey());
        assertEquals(4L, next.afterId());
        assertFalse(next.first());
        assertEquals("cursor", assertThrows(InvalidInputException.class,
                () -> PageRequest.of(page.nextCursor(), 2, "ListSites|7|")).field(), "another list's cursor");
    }

    @Test
    void theLastPageHasNoCursor() {
        Page<Long> page = Page.of(List.of(10L, 11L), PageRequest.of(null, 2), Long::longValue);
        assertNull(page.nextCursor());
    }

    @Test
    void pageSizeIsBounded() {
        assertEquals(PageRequest.DEFAULT_SIZE, PageRequest.of(null, null).size());
        assertEquals("pageSize", assertThrows(InvalidInputException.class, () -> PageRequest.of(null, 0)).field());
        assertEquals("pageSize", assertThrows(InvalidInputException.class, () -> PageRequest.of(null, 201)).field());
    }

    @Test
    void aForgedCursorIsRefused() {
        assertEquals("cursor", assertThrows(InvalidInputException.class, () -> PageRequest.of("not-ours", 10)).field());
    }

    @Test
    void staleVersionsAreRefusedOnlyWhenAsked() {
        StaleVersionException.check("User 1", null, 7);
        StaleVersionException.check("User 1", 7L, 7);
        assertEquals(CommonError.STALE_VERSION,
                assertThrows(StaleVersionException.class, () -> StaleVersionException.check("User 1", 6L, 7)).code());
    }
}
