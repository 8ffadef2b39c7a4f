package org.onenumber.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DispatchRoundsTest {

    @Test
    void aRoundSendsBatchesUntilFewerThanABatchAreDue() {
        List<Long> queue = new ArrayList<>(LongStream.rangeClosed(1, 7).boxed().toList());
        List<List<Long>> sent = new ArrayList<>();

        new DispatchRounds(3, Duration.ofMinutes(1), Duration.ofMinutes(5)).run(
                max -> List.copyOf(queue.subList(0, Math.min(max, queue.size()))),
                ids -> sent.add(ids) && queue.removeAll(ids));

        assertEquals(List.of(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L), List.of(7L)), sent);
    }

    @Test
    void anUnreachableServerPausesTheRounds() {
        List<Integer> asked = new ArrayList<>();
        DispatchRounds rounds = new DispatchRounds(3, Duration.ofMinutes(1), Duration.ofMinutes(5));

        rounds.run(max -> asked.add(max) ? List.of(1L) : List.of(), ids -> false);
        rounds.run(max -> asked.add(max) ? List.of(1L) : List.of(), ids -> false);

        assertEquals(1, asked.size(), "the second round waits out the pause");
    }

    @Test
    void pausesDoubleUpToTheirCeiling() {
        Duration first = Duration.ofSeconds(2);
        Duration max = Duration.ofSeconds(10);

        assertEquals(List.of(2L, 4L, 8L, 10L, 10L), LongStream.rangeClosed(1, 5)
                .mapToObj(n -> Backoff.pause((int) n, first, max).toSeconds()).toList());
        assertEquals(max, Backoff.pause(1000, first, max), "no overflow after many failures");
    }
}
