package org.framewright.cli.benchmark;

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

    /** The measured run times in nanoseconds, fastest first. */
    <T> List<Long> time(Setup<T> setup, Operation<T> operation) throws Exception {
        long warmupStart = System.nanoTime();
        for (int i = 0; (i < warmups || System.nanoTime() - warmupStart < warmupMinNanos)
                && System.nanoTime() - warmupStart < warmupBudgetNanos; i++) {
            operation.run(setup.prepare());
        }
        List<Long> times = new ArrayList<>();
        long measureStart = System.nanoTime();
        do {
            T prepared = setup.prepare();
            long start = System.nanoTime();
            operation.run(prepared);
            times.add(System.nanoTime() - start);
        } while (times.size() < runs && System.nanoTime() - measureStart < runBudgetNanos);
        Collections.sort(times);
        return times;
    }
}
