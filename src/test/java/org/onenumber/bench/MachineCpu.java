package org.onenumber.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * The CPU every process of the machine used (the server, the benchmark's clients, PostgreSQL, anything else), from the
 * kernel's counters in {@code /proc/stat}: the physical limit a run is measured against. A run whose cores were fully
 * busy took as long as the CPU it needed divided by the cores; the ratio of the two says how far waits, locks and idle
 * cores kept it from that limit, and the CPU a user cost says how fast the machine could go at best.
 */
final class MachineCpu {

    private static final Path STAT = Path.of("/proc/stat");
    /** The kernel counts in USER_HZ, 100 a second on every Linux architecture this runs on. */
    private static final long TICKS_PER_SECOND = 100;

    private MachineCpu() {
    }

    /** CPU time all cores spent busy since boot (user, nice, system, irq, softirq, steal; not idle, not I/O wait). */
    static Duration busy() {
        try {
            String first = Files.readAllLines(STAT).get(0);
            long[] ticks = Arrays.stream(first.trim().split("\\s+")).skip(1).mapToLong(Long::parseLong).toArray();
            long busy = 0;
            for (int i = 0; i < Math.min(ticks.length, 8); i++) {
                if (i != 3 && i != 4) { // idle, iowait
                    busy += ticks[i];
                }
            }
            return Duration.ofMillis(busy * 1000 / TICKS_PER_SECOND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A table row: the seconds the run would have taken with every core busy ({@code machine} CPU over the cores), the
     * measured seconds as a ratio of it, and the CPU a user may cost all processes together for {@code users} to take
     * {@code goalSeconds} on these cores.
     */
    static String limitRow(String db, int users, double seconds, Duration machine, int goalSeconds) {
        int cores = Runtime.getRuntime().availableProcessors();
        double cpu = machine.toNanos() / 1e9;
        double bound = cpu / cores;
        return String.format("| %s | the cores' limit at this CPU a user | %.1f | s | all processes used %.1f s of CPU"
                        + " (%.2f ms a user, database included) on %d cores: the run took %.2f times the limit; %d s for"
                        + " %d users needs at most %.2f ms a user here |",
                db, bound, cpu, cpu * 1000 / users, cores, seconds / bound, goalSeconds, users,
                goalSeconds * cores * 1000.0 / users);
    }
}
