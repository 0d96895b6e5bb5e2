package org.framewright.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.AggregationMethod;
import org.framewright.simulation.SimulationMonitor;
import org.framewright.simulation.WeightPerturbation;
import org.junit.jupiter.api.Test;

class CompositeKernelTest {

    @Test
    void baselineRanksTheWeightedMeansOfTheAreas() {
        CompositeModel model = SyntheticComposites.twoAreas(30, 7, false);
        double[][] leaves = new double[30][6];
        for (int c = 0; c < 30; c++) {
            for (int j = 0; j < 6; j++) {
                leaves[c][j] = model.leafScore(0, c, j);
            }
        }
        double[] overall = new double[30];
        for (int c = 0; c < 30; c++) {
            double[] s = leaves[c];
            double one = (s[0] + s[1] + s[2]) / 3;
            double two = Double.isNaN(s[4]) ? (50 * s[3] + 20 * s[5]) / 70 : (50 * s[3] + 30 * s[4] + 20 * s[5]) / 100;
            overall[c] = (one + two) / 2;
        }
        int[] ranks = new int[30];
        new CompositeKernel(model, WeightPerturbation.UNIFORM_FACTOR, 0.25).newWorker().baseline(ranks, null);
        for (int c = 0; c < 30; c++) {
            int better = 0;
            for (int d = 0; d < 30; d++) {
                better += overall[d] > overall[c] + 1e-9 ? 1 : 0;
            }
            assertEquals(better + 1, ranks[c], "council " + c);
        }
    }

    @Test
    void countsAreIdenticalForOneTwoAndFourThreads() {
        CompositeModel model = SyntheticComposites.twoAreas(60, 11, true);
        model.methodInput("method of agg-overall", AggregationMethod.MEAN, AggregationMethod.MEDIAN);
        for (WeightPerturbation perturbation : WeightPerturbation.values()) {
            CompositeKernel kernel = new CompositeKernel(model, perturbation,
                perturbation == WeightPerturbation.DIRICHLET ? 20 : 0.3);
            RankCounts one = MonteCarloRun.run(kernel, 5000, 42, 1, SimulationMonitor.NONE);
            RankCounts two = MonteCarloRun.run(kernel, 5000, 42, 2, SimulationMonitor.NONE);
            RankCounts four = MonteCarloRun.run(kernel, 5000, 42, 4, SimulationMonitor.NONE);
            for (int c = 0; c < 60; c++) {
                assertArrayEquals(histogram(one, c), histogram(two, c), perturbation + " council " + c);
                assertArrayEquals(histogram(one, c), histogram(four, c), perturbation + " council " + c);
                assertEquals(one.flips(c), four.flips(c));
            }
            RankCounts otherSeed = MonteCarloRun.run(kernel, 5000, 43, 2, SimulationMonitor.NONE);
            boolean differs = false;
            for (int c = 0; c < 60; c++) {
                differs |= !java.util.Arrays.equals(histogram(one, c), histogram(otherSeed, c));
            }
            assertTrue(differs, "another seed gives other draws");
        }
    }

    @Test
    void zeroPerturbationReproducesTheBaselineInEveryDraw() {
        CompositeModel model = SyntheticComposites.twoAreas(50, 3, true);
        CompositeKernel kernel = new CompositeKernel(model, WeightPerturbation.UNIFORM_FACTOR, 0);
        RankCounts counts = MonteCarloRun.run(kernel, 3000, 1, 2, SimulationMonitor.NONE);
        for (int c = 0; c < 50; c++) {
            assertEquals(0, counts.flips(c));
            int baseline = counts.baselineRank(c);
            assertEquals(baseline, counts.rankQuantile(c, 0.05));
            assertEquals(baseline, counts.rankQuantile(c, 0.5));
            assertEquals(baseline, counts.rankQuantile(c, 0.95));
        }
    }

    @Test
    void moderatePerturbationBracketsTheBaselineRankAndFlipsSomeCouncils() {
        CompositeModel model = SyntheticComposites.twoAreas(80, 5, true);
        CompositeKernel kernel = new CompositeKernel(model, WeightPerturbation.UNIFORM_FACTOR, 0.25);
        RankCounts counts = MonteCarloRun.run(kernel, 4000, 9, 2, SimulationMonitor.NONE);
        long flips = 0;
        for (int c = 0; c < 80; c++) {
            int baseline = counts.baselineRank(c);
            assertTrue(counts.rankQuantile(c, 0.05) <= baseline && baseline <= counts.rankQuantile(c, 0.95),
                "council " + c + " baseline " + baseline);
            flips += counts.flips(c);
        }
        assertTrue(flips > 0, "a 25% weight spread moves some council");
        assertEquals(4000, counts.draws());
    }

    private static int[] histogram(RankCounts counts, int council) {
        int[] histogram = new int[counts.councils() + 1];
        for (int r = 0; r < histogram.length; r++) {
            histogram[r] = counts.rankCount(council, r);
        }
        return histogram;
    }
}
