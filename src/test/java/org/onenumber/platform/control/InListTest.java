package org.onenumber.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListTest {

    @Test
    void aListIsPaddedToThePowerOfTwoAtOrAboveItsLengthWithItsLastValue() {
        assertEquals(List.of(7), InList.padded(List.of(7)));
        assertEquals(List.of(1, 2), InList.padded(List.of(1, 2)));
        assertEquals(List.of(1, 2, 3, 3), InList.padded(List.of(1, 2, 3)));
        assertEquals(List.of(1, 2, 3, 4, 5, 5, 5, 5), InList.padded(List.of(1, 2, 3, 4, 5)));
    }

    @Test
    void everyLengthUpToAHundredIsOneOfEightStatements() {
        assertEquals(List.of(1, 2, 4, 8, 16, 32, 64, 128), IntStream.rangeClosed(1, 100)
                .map(n -> InList.padded(IntStream.range(0, n).boxed().toList()).size()).distinct().boxed().toList());
    }

    @Test
    void anEmptyListIsRefusedAsNoInListCanHoldIt() {
        assertThrows(IllegalArgumentException.class, () -> InList.padded(List.of()));
    }
}
