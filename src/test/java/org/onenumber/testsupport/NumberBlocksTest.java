package org.onenumber.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The numbers test fixtures draw: valid, and never the same twice in one JVM, which shares its servers. */
class NumberBlocksTest {

    @Test
    void nineThousandSingleNumbersAreAllDifferentInExchange555AndNoneADemoNumber() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 9_000; i++) {
            String number = NumberBlocks.single(i % 2 == 0 ? "415" : "212");
            assertTrue(number.matches("\\+1(415|212)555[1-9]\\d{3}"), number);
            assertTrue(seen.add(number), "handed out twice: " + number + " after " + i);
        }
        // one counter for all areas: the lines of 415 and of 212 do not overlap either
        Set<String> lines = new HashSet<>();
        seen.forEach(n -> lines.add(n.substring(8)));
        assertEquals(9_000, lines.size());
    }

    @Test
    void blocksAreNeverInExchange555AndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String block = NumberBlocks.next();
            assertTrue(block.matches("\\+1[2-8]\\d{2}[2-8]\\d{2}"), block);
            assertTrue(!block.endsWith("555"), block);
            assertTrue(seen.add(block), "handed out twice: " + block);
        }
    }

    @Test
    void anAreaThatIsNotThreeDigitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NumberBlocks.single("41"));
        assertThrows(IllegalArgumentException.class, () -> NumberBlocks.single("041"));
        assertThrows(IllegalArgumentException.class, () -> NumberBlocks.single("4155"));
    }
}
