package org.framewright.simulation.internal;

/**
 * A scalar output Y of uncertain inputs, each input driven by its own random stream: what variance-based
 * sensitivity analysis needs. For a scheme Y is the mean absolute rank shift ({@link RankShiftModel}).
 */
public interface ScalarModel {

    /** The number of uncertain inputs (groups of random numbers). */
    int inputs();

    /** A new evaluator for one thread. */
    Worker newWorker();

    /** One thread's evaluator. */
    interface Worker {

        /** Y for the inputs whose streams start at {@code inputSeeds}. */
        double evaluate(long[] inputSeeds);
    }
}
