package org.framewright.simulation.internal;

import java.util.List;

import org.framewright.simulation.SimulationMonitor;

/**
 * Runs N draws of a {@link DrawModel} on several threads and counts ranks, levels and flips. Draw d's input
 * streams are seeded from (seed, d, input) only, so the counts are identical for any thread count.
 */
public final class MonteCarloRun {

    private MonteCarloRun() {
    }

    /** Runs {@code samples} draws seeded {@code seed}. */
    public static RankCounts run(DrawModel model, long samples, long seed, int threads, SimulationMonitor monitor) {
        int councils = model.councils();
        int levels = model.levelCount();
        int[] baselineRanks = new int[councils];
        int[] baselineLevels = new int[councils];
        model.newWorker().baseline(baselineRanks, baselineLevels);
        int inputs = model.inputNames().size();
        List<Counter> tasks = ParallelLoop.run(samples, threads, monitor,
            () -> new Counter(model, inputs, seed, new RankCounts(councils, levels, baselineRanks, baselineLevels)));
        RankCounts total = new RankCounts(councils, levels, baselineRanks, baselineLevels);
        for (Counter task : tasks) {
            total.addAll(task.counts);
        }
        return total;
    }

    private static final class Counter implements ParallelLoop.Task {
        private final DrawModel.DrawWorker worker;
        private final long[] seeds;
        private final long seed;
        private final int[] ranks;
        private final int[] levels;
        final RankCounts counts;

        Counter(DrawModel model, int inputs, long seed, RankCounts counts) {
            worker = model.newWorker();
            seeds = new long[inputs];
            this.seed = seed;
            ranks = new int[model.councils()];
            levels = new int[model.councils()];
            this.counts = counts;
        }

        @Override
        public void run(long from, long to) {
            for (long draw = from; draw < to; draw++) {
                for (int i = 0; i < seeds.length; i++) {
                    seeds[i] = DrawRandom.streamSeed(seed, draw, i);
                }
                worker.evaluate(seeds, ranks, levels);
                counts.add(ranks, levels);
            }
        }
    }
}
