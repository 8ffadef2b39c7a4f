package org.onenumber.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void aFiltersWildcardsAndTheEscapeAreMatchedAsThemselves() {
        assertEquals("%!%%", Where.containing("%"));
        assertEquals("%!_%", Where.containing(" _ "));
        assertEquals("%100!%!!%", Where.containing("100%!"));
        assertEquals("%a\\b%", Where.containing("A\\B"), "a backslash is a plain character");
        assertEquals("20!_%", Where.startingWith(" 20_"));
    }

    @Test
    void everyPatternIsComparedWithItsEscapeNamed() {
        assertEquals("u.searchName like :name escape '!'", Where.like("u.searchName", "name"));
    }
}
