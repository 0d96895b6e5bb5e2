package org.framewright.cli.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times one operation in-process after a warm-up: up to {@code warmups} unmeasured runs (fewer once they took
 * {@code warmupBudgetNanos}), then up to {@code runs} measured ones (at least one, fewer once they took
 * {@code runBudgetNanos}), so the quadratic sizes of a "before" measurement still finish.
 */
record OperationTimer(int warmups, long warmupBudgetNanos, int runs, long runBudgetNanos) {

    /** An operation that may fail like the code it times. */
    interface Operation {
        void run() throws Exception;
    }

    /** The measured run times in nanoseconds, fastest first. */
    List<Long> time(Operation operation) throws Exception {
        long warmupStart = System.nanoTime();
        for (int i = 0; i < warmups && System.nanoTime() - warmupStart < warmupBudgetNanos; i++) {
            operation.run();
        }
        List<Long> times = new ArrayList<>();
        long measureStart = System.nanoTime();
        do {
            long start = System.nanoTime();
            operation.run();
            times.add(System.nanoTime() - start);
        } while (times.size() < runs && System.nanoTime() - measureStart < runBudgetNanos);
        Collections.sort(times);
        return times;
    }
}
