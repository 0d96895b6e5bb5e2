package org.framewright.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The tree of weighted nodes and the optimiser against cases worked by hand. */
class WeightOptimiserTest {

    @Test
    void sharesAreProductsOfTheWeightsOnTheWay() {
        WeightTree tree = new WeightTree("overall", List.of(new WeightTree.Node("overall", List.of("A", "B")),
            new WeightTree.Node("A", List.of("i1", "i2")), new WeightTree.Node("B", List.of("i3"))));
        assertEquals(List.of("i1", "i2", "i3"), tree.leaves());
        Map<String, Double> shares = tree.shares(Map.of("overall", new double[] {1, 1}, "A", new double[] {30, 10},
            "B", new double[] {5}));
        assertEquals(0.375, shares.get("i1"), 1e-12);
        assertEquals(0.125, shares.get("i2"), 1e-12);
        assertEquals(0.5, shares.get("i3"), 1e-12);
        assertEquals(0.5, shares.get("A"), 1e-12);
    }

    @Test
    void independentInputsAreWeightedInverselyToTheirSpread() {
        // independent inputs with variances 1 and 4 weighted w1, w2 carry w1^2 : 4 w2^2 of the variance; equal
        // effective weights need w1 = 2 w2: weights 2/3, 1/3. Equal weights give 1/5, 4/5: distance 0.09 + 0.09.
        WeightTree tree = new WeightTree("A", List.of(new WeightTree.Node("A", List.of("x1", "x2"))));
        WeightOptimiser.Result result = WeightOptimiser.optimise(tree, Map.of("A", new double[] {1, 1}),
            new double[][] {{1, 0}, {0, 4}});
        assertEquals(0.18, result.before(), 1e-12);
        assertEquals(0, result.after(), 1e-8);
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3}, result.weights().get("A"), 1e-4);
        // the same call gives the same weights
        assertArrayEquals(result.weights().get("A"), WeightOptimiser.optimise(tree, Map.of("A", new double[] {1, 1}),
            new double[][] {{1, 0}, {0, 4}}).weights().get("A"), 0);
    }

    @Test
    void intendedWeightsThatAreAlreadyEffectiveStay() {
        WeightTree tree = new WeightTree("A", List.of(new WeightTree.Node("A", List.of("x1", "x2", "x3"))));
        WeightOptimiser.Result result = WeightOptimiser.optimise(tree, Map.of("A", new double[] {1, 1, 1}),
            new double[][] {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}});
        assertEquals(0, result.before(), 1e-15);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, result.weights().get("A"), 1e-12);
    }

    @Test
    void twoLevelsAreOptimisedTogether() {
        // overall = mean(A, B), A = mean(x1, x2), B = x3; x1 has 9 times the variance of x2 and x3, all independent
        WeightTree tree = new WeightTree("overall", List.of(new WeightTree.Node("overall", List.of("A", "B")),
            new WeightTree.Node("A", List.of("x1", "x2")), new WeightTree.Node("B", List.of("x3"))));
        Map<String, double[]> intended = Map.of("overall", new double[] {1, 1}, "A", new double[] {1, 1}, "B",
            new double[] {1});
        double[][] covariance = {{9, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        WeightOptimiser.Result result = WeightOptimiser.optimise(tree, intended, covariance);
        assertTrue(result.after() < 1e-8 && result.before() > 0.1, result.toString());
        // independent: effective_i is proportional to a_i^2 var_i, so effective = intended (1/4, 1/4, 1/2) needs shares
        // a_i proportional to sqrt(intended_i / var_i) = 1/6, 1/2, sqrt(1/2)
        double sum = 1.0 / 6 + 0.5 + Math.sqrt(0.5);
        double[] shares = tree.leafShares(result.weights());
        assertArrayEquals(new double[] {1.0 / 6 / sum, 0.5 / sum, Math.sqrt(0.5) / sum}, shares, 1e-4);
    }
}
