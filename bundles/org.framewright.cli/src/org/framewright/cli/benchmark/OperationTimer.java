package org.framewright.cli.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times one operation in-process after a warm-up: unmeasured runs until there were {@code warmups} of them and
 * {@code warmupMinNanos} have passed (so the JIT compiler has compiled the operation's code at the small sizes too),
 * but no longer than {@code warmupBudgetNanos}; then up to {@code runs} measured ones (at least one, fewer once they
 * took {@code runBudgetNanos}), so the quadratic sizes of a "before" measurement still finish.
 */
record OperationTimer(int warmups, long warmupMinNanos, long warmupBudgetNanos, int runs, long runBudgetNanos) {

    /** What is prepared, untimed, before each run (a freshly loaded model, say). */
    interface Setup<T> {
        T prepare() throws Exception;
    }

    /** The operation timed, on what its setup prepared. */
    interface Operation<T> {
        void run(T prepared) throws Exception;
    }

    /**
     * The measured runs.
     *
     * @param wallNanos wall-clock time of each run, fastest first
     * @param cpuNanos CPU time of each run (its thread's, plus garbage collection), least first: unlike wall-clock
     *        time, it does not grow when other processes share the machine
     */
    record Runs(List<Long> wallNanos, List<Long> cpuNanos) {
    }

    /** Runs and measures {@code operation}. */
    <T> Runs time(Setup<T> setup, Operation<T> operation) throws Exception {
        long warmupStart = System.nanoTime();
        for (int i = 0; (i < warmups || System.nanoTime() - warmupStart < warmupMinNanos)
                && System.nanoTime() - warmupStart < warmupBudgetNanos; i++) {
            operation.run(setup.prepare());
        }
        List<Long> times = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        long measureStart = System.nanoTime();
        do {
            T prepared = setup.prepare();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            operation.run(prepared);
            times.add(System.nanoTime() - start);
            cpuTimes.add(processCpuNanos() - cpuStart);
        } while (times.size() < runs && System.nanoTime() - measureStart < runBudgetNanos);
        Collections.sort(times);
        Collections.sort(cpuTimes);
        return new Runs(times, cpuTimes);
    }

    /**
     * The CPU time of the thread running the operations plus the time spent collecting garbage (which the serial
     * collector does on another thread, for the allocations of this one).
     */
    private static long processCpuNanos() {
        long gcMillis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, collector.getCollectionTime());
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + gcMillis * 1_000_000L;
    }
}
