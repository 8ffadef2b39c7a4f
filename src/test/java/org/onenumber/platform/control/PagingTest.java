package org.onenumber.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
