package org.framewright.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Cronbach's alpha and the first principal component against cases worked by hand. */
class ReliabilityTest {

    private static final double NA = Double.NaN;

    @Test
    void alphaOfTwoItems() {
        // variances 1 and 7/3; the sums 3, 5, 8 have variance 19/3: alpha = 2 x (1 - (10/3) / (19/3)) = 18/19
        double[][] items = {{1, 2, 3}, {2, 3, 5}};
        assertEquals(18.0 / 19, Reliability.cronbachAlpha(items), 1e-12);
    }

    @Test
    void councilsMissingAnItemAreLeftOut() {
        double[][] items = {{1, 2, NA, 3, 8}, {2, 3, 4, 5, NA}};
        assertEquals(18.0 / 19, Reliability.cronbachAlpha(items), 1e-12);
        assertEquals(3, Reliability.completeRows(items).length);
    }

    @Test
    void identicalItemsHaveAlphaOneAndOneComponent() {
        double[][] items = {{1, 4, 2, 8}, {1, 4, 2, 8}, {1, 4, 2, 8}};
        assertEquals(1, Reliability.cronbachAlpha(items), 1e-12);
        assertEquals(1, Reliability.firstComponentShare(items), 1e-12);
    }

    @Test
    void firstComponentOfTwoItemsIsHalfOfOnePlusTheirCorrelation() {
        // the correlation matrix [[1 r] [r 1]] has eigenvalues 1 + r and 1 - r; r = 1.5 / sqrt(1 x 7/3)
        double r = 1.5 / Math.sqrt(7.0 / 3);
        assertEquals((1 + r) / 2, Reliability.firstComponentShare(new double[][] {{1, 2, 3}, {2, 3, 5}}), 1e-12);
        // uncorrelated items: the first component explains half
        assertEquals(0.5, Reliability.firstComponentShare(new double[][] {{1, 2, 1, 2}, {1, 1, 2, 2}}), 1e-12);
    }

    @Test
    void oneItemHasNoReliability() {
        assertTrue(Double.isNaN(Reliability.cronbachAlpha(new double[][] {{1, 2, 3}})));
        assertTrue(Double.isNaN(Reliability.firstComponentShare(new double[][] {{1, 2, 3}})));
    }
}
