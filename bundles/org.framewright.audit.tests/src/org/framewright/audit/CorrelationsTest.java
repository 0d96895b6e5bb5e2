package org.framewright.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pearson and Spearman correlations against cases worked by hand. */
class CorrelationsTest {

    private static final double NA = Double.NaN;

    @Test
    void pearsonOfASmallCase() {
        // deviations x -2 -1 0 1 2, y -2 0 1 0 1: cov sum 6, ss 10 and 6: r = 6 / sqrt(60) = sqrt(0.6)
        assertEquals(Math.sqrt(0.6), Correlations.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}),
            1e-12);
    }

    @Test
    void spearmanGivesTiesTheirAverageRank() {
        // ranks of y: 1, 2.5, 4.5, 2.5, 4.5; deviations -2 -0.5 1.5 -0.5 1.5: r = 7 / sqrt(10 x 9)
        assertEquals(7 / Math.sqrt(90), Correlations.spearman(new double[] {1, 2, 3, 4, 5},
            new double[] {2, 4, 5, 4, 5}), 1e-12);
    }

    @Test
    void missingValuesDropTheirPairOnly() {
        double[] x = {1, 2, NA, 3, 4, 5, 9};
        double[] y = {2, 4, 7, 5, 4, 5, NA};
        assertEquals(Math.sqrt(0.6), Correlations.pearson(x, y), 1e-12);
        assertEquals(-1, Correlations.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
    }

    @Test
    void undefinedWithoutSpreadOrEnoughPairs() {
        assertTrue(Double.isNaN(Correlations.pearson(new double[] {1, 2, 3}, new double[] {5, 5, 5})));
        assertTrue(Double.isNaN(Correlations.spearman(new double[] {1, 2, NA}, new double[] {1, 2, 3})));
    }
}
