package org.framewright.cli.benchmark;

import java.util.List;

/**
 * The in-process time of one operation on one replicated framework.
 *
 * @param copies the number of copies of the source framework
 * @param elements the framework's elements with an id
 * @param operation what was timed ({@code load}, {@code validate}, ...)
 * @param runs the number of measured runs
 * @param medianMillis the median run
 * @param minMillis the fastest run
 * @param loadAverage the system's one-minute load average when the runs ended (the machine is shared)
 */
public record Measurement(int copies, int elements, String operation, int runs, double medianMillis,
        double minMillis, double loadAverage) {

    /** A measurement from run times in nanoseconds, fastest first. */
    static Measurement of(int copies, int elements, String operation, List<Long> sortedNanos, double loadAverage) {
        int n = sortedNanos.size();
        double median = n % 2 == 1 ? sortedNanos.get(n / 2) : (sortedNanos.get(n / 2 - 1) + sortedNanos.get(n / 2)) / 2.0;
        return new Measurement(copies, elements, operation, n, median / 1e6, sortedNanos.get(0) / 1e6, loadAverage);
    }
}
