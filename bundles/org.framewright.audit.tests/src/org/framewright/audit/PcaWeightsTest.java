package org.framewright.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** PCA weights (squared loadings of the first principal component) against cases worked by hand. */
class PcaWeightsTest {

    private static final double NA = Double.NaN;

    @Test
    void twoCorrelatedItemsShareEqually() {
        // any two items: the correlation matrix [[1 r] [r 1]] has the first component (1, 1) / sqrt 2 (r > 0)
        assertArrayEquals(new double[] {0.5, 0.5}, PcaWeights.of(new double[][] {{1, 2, 3}, {2, 3, 5}}), 1e-12);
        // or (1, -1) / sqrt 2 (r < 0): squared loadings do not care about the sign
        assertArrayEquals(new double[] {0.5, 0.5}, PcaWeights.of(new double[][] {{1, 2, 3}, {5, 3, 2}}), 1e-12);
    }

    @Test
    void anItemUncorrelatedWithTheComponentGetsNothing() {
        // a and b correlate 1, c correlates 0 with both: [[1 1 0] [1 1 0] [0 0 1]] has eigenvalues 2, 1, 0 and the
        // first component (1, 1, 0) / sqrt 2
        double[][] items = {{1, 2, 3, 4}, {2, 4, 6, 8}, {1, -1, -1, 1}};
        assertArrayEquals(new double[] {0.5, 0.5, 0}, PcaWeights.of(items), 1e-12);
    }

    @Test
    void councilsMissingAnItemAreLeftOut() {
        double[][] items = {{1, 2, NA, 3, 4}, {2, 4, 9, 6, 8}, {1, -1, 0, -1, 1}};
        assertArrayEquals(new double[] {0.5, 0.5, 0}, PcaWeights.of(items), 1e-12);
    }

    @Test
    void noComponentWithoutTwoItemsThreeCouncilsAndSpread() {
        assertNull(PcaWeights.of(new double[][] {{1, 2, 3}}));
        assertNull(PcaWeights.of(new double[][] {{1, 2}, {2, 1}}));
        assertNull(PcaWeights.of(new double[][] {{1, 2, 3}, {4, 4, 4}}));
    }
}
