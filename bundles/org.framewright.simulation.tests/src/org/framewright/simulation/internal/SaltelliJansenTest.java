package org.framewright.simulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.AggregationMethod;
import org.framewright.simulation.SimulationMonitor;
import org.framewright.simulation.WeightPerturbation;
import org.junit.jupiter.api.Test;

class SaltelliJansenTest {

    /** Y = sum a_i X_i with X_i independent uniform on [0, 1): S_i = T_i = a_i^2 / sum a_j^2. */
    @Test
    void linearAdditiveModelHasItsAnalyticIndices() {
        double[] a = {1, 2, 3};
        ScalarModel linear = new ScalarModel() {
            @Override
            public int inputs() {
                return a.length;
            }

            @Override
            public Worker newWorker() {
                DrawRandom random = new DrawRandom(0);
                return seeds -> {
                    double y = 0;
                    for (int i = 0; i < a.length; i++) {
                        random.reseed(seeds[i]);
                        y += a[i] * random.nextDouble();
                    }
                    return y;
                };
            }
        };
        SaltelliJansen.Estimates estimates = SaltelliJansen.run(linear, 20000, 2024, 2, 200, 0.95,
            SimulationMonitor.NONE);
        for (int i = 0; i < a.length; i++) {
            double expected = a[i] * a[i] / 14;
            assertEquals(expected, estimates.first()[i], 0.03, "S" + i);
            assertEquals(expected, estimates.total()[i], 0.03, "T" + i);
            assertTrue(estimates.firstLow()[i] <= estimates.first()[i] && estimates.first()[i] <= estimates.firstHigh()[i]);
            assertTrue(estimates.firstLow()[i] <= expected && expected <= estimates.firstHigh()[i], "CI of S" + i);
            assertTrue(estimates.totalLow()[i] <= expected && expected <= estimates.totalHigh()[i], "CI of T" + i);
        }
    }

    /** The Ishigami function (a = 7, b = 0.1), X_i uniform on [-pi, pi): S = (0.314, 0.442, 0), T = (0.558, 0.442, 0.244). */
    @Test
    void ishigamiFunctionHasItsAnalyticIndices() {
        ScalarModel ishigami = new ScalarModel() {
            @Override
            public int inputs() {
                return 3;
            }

            @Override
            public Worker newWorker() {
                DrawRandom random = new DrawRandom(0);
                double[] x = new double[3];
                return seeds -> {
                    for (int i = 0; i < 3; i++) {
                        random.reseed(seeds[i]);
                        x[i] = -Math.PI + 2 * Math.PI * random.nextDouble();
                    }
                    double s1 = Math.sin(x[0]);
                    double s2 = Math.sin(x[1]);
                    return s1 + 7 * s2 * s2 + 0.1 * Math.pow(x[2], 4) * s1;
                };
            }
        };
        SaltelliJansen.Estimates estimates = SaltelliJansen.run(ishigami, 40000, 7, 2, 100, 0.95,
            SimulationMonitor.NONE);
        double[] first = {0.3139, 0.4424, 0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertEquals(first[i], estimates.first()[i], 0.04, "S" + (i + 1));
            assertEquals(total[i], estimates.total()[i], 0.04, "T" + (i + 1));
        }
    }

    @Test
    void anInputWithoutEffectHasIndicesNearZeroInARankingModel() {
        CompositeModel model = SyntheticComposites.twoAreas(40, 13, true);
        model.methodInput("method of agg-overall", AggregationMethod.MEAN, AggregationMethod.WEIGHTED_MEAN);
        CompositeKernel kernel = new CompositeKernel(model, WeightPerturbation.UNIFORM_FACTOR, 0.4);
        SaltelliJansen.Estimates estimates = SaltelliJansen.run(new RankShiftModel(kernel), 2000, 5, 2, 50, 0.95,
            SimulationMonitor.NONE);
        assertEquals(3, estimates.first().length);
        assertTrue(estimates.variance() > 0);
        // mean and weighted mean are the same arithmetic here: swapping that choice changes nothing
        assertEquals(0, estimates.total()[2], 1e-12);
        assertTrue(estimates.total()[0] > 0.05 && estimates.total()[1] > 0.05, "both weight groups matter");
    }
}
