package org.framewright.simulation;

import java.util.Arrays;

import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.simulation.internal.DrawModel;
import org.framewright.simulation.internal.DrawRandom;
import org.framewright.simulation.internal.EngineDrawModel;
import org.framewright.simulation.internal.Preparation;

/**
 * Runs the same draws on the rating kernel and on the engine (the general path re-scores every draw) and reports
 * the first draw where their ratings or ranks differ.
 */
final class TwoPaths {

    private TwoPaths() {
    }

    /**
     * Null when the kernel and the engine agree on {@code draws} draws seeded {@code seed}, else what differs
     * (also when the rating kernel does not take the scheme).
     */
    static String difference(Framework framework, ScoringScheme scheme, DataSet data, String period,
            Uncertainty uncertainty, int draws, long seed) {
        Preparation preparation = new Preparation(framework, scheme, data, period, uncertainty);
        DrawModel kernel = preparation.ratingDraws(uncertainty.perturbation(), uncertainty.amount());
        if (kernel == null) {
            return "the rating kernel does not take the scheme: " + preparation.reason();
        }
        DrawModel engine = new EngineDrawModel(preparation.baseline(), data, period, preparation.inputs(),
            uncertainty.perturbation(), uncertainty.amount());
        if (!kernel.inputNames().equals(engine.inputNames())) {
            return "inputs " + kernel.inputNames() + " vs " + engine.inputNames();
        }
        int councils = engine.councils();
        DrawModel.DrawWorker fast = kernel.newWorker();
        DrawModel.DrawWorker slow = engine.newWorker();
        long[] seeds = new long[engine.inputNames().size()];
        int[] fastRanks = new int[councils];
        int[] fastLevels = new int[councils];
        int[] slowRanks = new int[councils];
        int[] slowLevels = new int[councils];
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < seeds.length; i++) {
                seeds[i] = DrawRandom.streamSeed(seed, d, i);
            }
            fast.evaluate(seeds, fastRanks, fastLevels);
            slow.evaluate(seeds, slowRanks, slowLevels);
            if (!Arrays.equals(fastRanks, slowRanks) || !Arrays.equals(fastLevels, slowLevels)) {
                return "draw " + d + ": kernel ranks " + Arrays.toString(fastRanks) + " levels "
                    + Arrays.toString(fastLevels) + ", engine ranks " + Arrays.toString(slowRanks) + " levels "
                    + Arrays.toString(slowLevels);
            }
        }
        return null;
    }
}
