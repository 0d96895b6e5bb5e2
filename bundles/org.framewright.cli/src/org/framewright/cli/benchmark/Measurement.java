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
 * @param cpuMedianMillis the median CPU time of the thread running the operation (not inflated by other processes
 *        on the machine)
 * @param gcMedianMillis the median time spent collecting garbage during a run
 * @param loadAverage the system's one-minute load average when the runs ended (the machine is shared)
 */
public record Measurement(int copies, int elements, String operation, int runs, double medianMillis,
        double minMillis, double cpuMedianMillis, double gcMedianMillis, double loadAverage) {

    /** A measurement from measured runs. */
    static Measurement of(int copies, int elements, String operation, OperationTimer.Runs runs, double loadAverage) {
        List<Long> wall = runs.wallNanos();
        return new Measurement(copies, elements, operation, wall.size(), median(wall) / 1e6, wall.get(0) / 1e6,
            median(runs.cpuNanos()) / 1e6, median(runs.gcNanos()) / 1e6, loadAverage);
    }

    private static double median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
