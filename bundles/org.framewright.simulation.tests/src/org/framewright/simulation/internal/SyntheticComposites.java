package org.framewright.simulation.internal;

import java.util.SplittableRandom;

import org.framewright.model.AggregationMethod;

/** Small composites built directly on the kernel's model, for tests that need no scoring engine. */
final class SyntheticComposites {

    private SyntheticComposites() {
    }

    /**
     * {@code councils} councils with 6 indicator scores in 0-100 (one missing for every 7th council), two areas
     * (mean of indicators 0-2, weighted mean 50/30/20 of indicators 3-5) and an overall mean of the two areas.
     * Area weights are perturbed; area indicator weights are perturbed when {@code perturbIndicators}.
     */
    static CompositeModel twoAreas(int councils, long seed, boolean perturbIndicators) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] scores = new double[councils][6];
        for (int c = 0; c < councils; c++) {
            for (int j = 0; j < 6; j++) {
                scores[c][j] = c % 7 == 3 && j == 4 ? Double.NaN : Math.round(random.nextDouble() * 1000) / 10.0;
            }
        }
        CompositeModel model = new CompositeModel(councils, 6).leafVariant(scores);
        int indicators = model.weightGroup("agg-areas", perturbIndicators);
        int[] first = {model.weight(indicators, "i0", 1), model.weight(indicators, "i1", 1),
            model.weight(indicators, "i2", 1)};
        int[] second = {model.weight(indicators, "i3", 50), model.weight(indicators, "i4", 30),
            model.weight(indicators, "i5", 20)};
        int areaOne = model.node(AggregationMethod.MEAN, -1, new int[] {0, 1, 2}, first);
        int areaTwo = model.node(AggregationMethod.WEIGHTED_MEAN, -1, new int[] {3, 4, 5}, second);
        int areas = model.weightGroup("agg-overall", true);
        model.node(AggregationMethod.MEAN, -1, new int[] {areaOne, areaTwo},
            new int[] {model.weight(areas, "A1", 1), model.weight(areas, "A2", 1)});
        return model;
    }
}
