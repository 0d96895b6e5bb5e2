package org.framewright.cli.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
     * @param cpuNanos CPU time of the running thread in each run, least first: unlike wall-clock time, it does not
     *        grow when other processes share the machine
     * @param gcNanos time the JVM spent collecting garbage during each run, least first (elapsed time, so it does
     *        grow with the machine's load; the serial collector runs on another thread than the operation)
     */
    record Runs(List<Long> wallNanos, List<Long> cpuNanos, List<Long> gcNanos) {
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
        List<Long> gcTimes = new ArrayList<>();
        long measureStart = System.nanoTime();
        do {
            T prepared = setup.prepare();
            long gcStart = gcNanos();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            operation.run(prepared);
            times.add(System.nanoTime() - start);
            cpuTimes.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
            gcTimes.add(gcNanos() - gcStart);
        } while (times.size() < runs && System.nanoTime() - measureStart < runBudgetNanos);
        Collections.sort(times);
        Collections.sort(cpuTimes);
        Collections.sort(gcTimes);
        return new Runs(times, cpuTimes, gcTimes);
    }

    /** The time the JVM has spent collecting garbage so far. */
    private static long gcNanos() {
        long gcMillis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, collector.getCollectionTime());
        }
        return gcMillis * 1_000_000L;
    }
}
