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

    @Test
    void chunksKeepTheOrderAndHoldAtMostTheirSize() {
        List<Integer> values = java.util.stream.IntStream.range(0, 2_500).boxed().toList();
        List<List<Integer>> chunks = InList.chunks(values, 1_024);
        assertEquals(List.of(1_024, 1_024, 452), chunks.stream().map(List::size).toList());
        assertEquals(values, chunks.stream().flatMap(List::stream).toList());
        assertEquals(List.of(), InList.chunks(List.of(), 10), "no values, no query");
        assertThrows(IllegalArgumentException.class, () -> InList.chunks(values, 0));
    }
}
