package org.framewright.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Effective weights (shares of the composite's variance) against cases worked by hand. */
class EffectiveWeightsTest {

    private static final double NA = Double.NaN;

    @Test
    void theMoreSpreadInputCarriesMoreOfTheVariance() {
        // Y = (x1 + x2) / 2 = 0, 0.5, 2.5: deviations -1, -0.5, 1.5, sum of squares 3.5;
        // x1 deviations -1, 0, 1: cross-products 2.5; x2 deviations -1, -1, 2: 4.5
        double[] x1 = {0, 1, 2};
        double[] x2 = {0, 0, 3};
        double[] y = {0, 0.5, 2.5};
        assertEquals(5.0 / 14, EffectiveWeights.share(0.5, x1, y), 1e-12);
        assertEquals(9.0 / 14, EffectiveWeights.share(0.5, x2, y), 1e-12);
    }

    @Test
    void fromTheCovarianceMatrixTheSameShares() {
        double[][] rows = {{0, 0}, {1, 0}, {2, 3}};
        double[][] covariance = EffectiveWeights.covariance(rows);
        // var x1 = 2 / 2, var x2 = 6 / 2, cov = 3 / 2
        assertArrayEquals(new double[] {1, 1.5}, covariance[0], 1e-12);
        assertArrayEquals(new double[] {1.5, 3}, covariance[1], 1e-12);
        assertArrayEquals(new double[] {5.0 / 14, 9.0 / 14},
            EffectiveWeights.fromCovariance(covariance, new double[] {0.5, 0.5}), 1e-12);
    }

    @Test
    void uncorrelatedInputsOfEqualSpreadCarryTheirSquaredWeights() {
        // Cov(x_i, Y) = w_i var, Var(Y) = sum of w_j^2 var: shares w_i^2 / (0.04 + 0.09 + 0.25)
        double[][] covariance = {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}};
        assertArrayEquals(new double[] {0.04 / 0.38, 0.09 / 0.38, 0.25 / 0.38},
            EffectiveWeights.fromCovariance(covariance, new double[] {0.2, 0.3, 0.5}), 1e-12);
        // equal weights stay equal
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3},
            EffectiveWeights.fromCovariance(covariance, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}), 1e-12);
    }

    @Test
    void anInputMovingAgainstTheOthersHasANegativeShare() {
        // x3 = -x1 (variances 1, cov(x1, x2) = 0.5): Y = (x1 + x2 + x3) / 3 = x2 / 3
        double[][] covariance = {{1, 0.5, -1}, {0.5, 1, -0.5}, {-1, -0.5, 1}};
        double[] shares = {1.0 / 3, 1.0 / 3, 1.0 / 3};
        double[] effective = EffectiveWeights.fromCovariance(covariance, shares);
        // C s = (0.5/3 x ... ): (1 + 0.5 - 1) / 3, (0.5 + 1 - 0.5) / 3, (-1 - 0.5 + 1) / 3 = 1/6, 1/3, -1/6
        // s'Cs = (1/6 + 1/3 - 1/6) / 3 = 1/9: shares 1/3 x (1/6) x 9 = 1/2, 1, -1/2
        assertArrayEquals(new double[] {0.5, 1, -0.5}, effective, 1e-12);
        assertTrue(effective[2] < 0);
    }

    @Test
    void missingValuesAndTooFewCouncils() {
        assertEquals(5.0 / 14, EffectiveWeights.share(0.5, new double[] {0, 1, NA, 2}, new double[] {0, 0.5, 7, 2.5}),
            1e-12);
        assertTrue(Double.isNaN(EffectiveWeights.share(0.5, new double[] {0, 1}, new double[] {0, 1})));
        assertTrue(Double.isNaN(EffectiveWeights.share(0.5, new double[] {0, 1, 2}, new double[] {1, 1, 1})));
    }
}
