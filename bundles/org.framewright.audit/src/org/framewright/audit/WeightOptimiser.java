package org.framewright.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Weights adjusted so that each leaf's effective weight (its share of the root's variance, {@link EffectiveWeights})
 * approaches its intended weight (its nominal share under the weights the scheme states): the sum over the leaves of
 * (effective - intended)^2 is minimised over the weights of every node, each weight in [0, 1] and taken relative to
 * its node's sum. An input whose intended weight is 0 keeps weight 0.
 * <p>
 * When every input belongs to one node only (a tree, as every ASCOF scheme), the leaves' shares of the root can take
 * any positive values, and shares whose effective weights equal the intended ones exactly always exist and are unique:
 * they are found directly ({@link RiskBudget}, Newton's method, about 10 steps) and the node weights are read off
 * them, so the sum is 0. Otherwise (an input shared by several nodes) the sum is minimised by Powell's BOBYQA (Commons
 * Math) started from the intended weights, which on ASCOF 2023-24 took 1,263 evaluations and 3.5 to 7 s, and stopped
 * at a local minimum (0.00116, with measure 2D2 at weight 0). Deterministic either way: no random start.
 */
public final class WeightOptimiser {

    /** Evaluations the optimiser may spend. */
    public static final int MAX_EVALUATIONS = 20_000;

    /**
     * What the optimisation gave.
     *
     * @param weights node id -> its weights (summing to 1, in its inputs' order)
     * @param before the sum of squared differences between effective and intended leaf shares at the start
     * @param after the same with the optimised weights (never above {@code before})
     * @param evaluations the objective's evaluations
     */
    public record Result(Map<String, double[]> weights, double before, double after, int evaluations) {
    }

    private WeightOptimiser() {
    }

    /**
     * Optimises the weights of {@code tree} starting from {@code intended} (node id -> weights), for leaves whose
     * covariance matrix (in the order of the tree's leaves with an intended share above 0) is {@code covariance}.
     */
    public static Result optimise(WeightTree tree, Map<String, double[]> intended, double[][] covariance) {
        double[] target = tree.leafShares(intended);
        int[] active = java.util.stream.IntStream.range(0, target.length).filter(i -> target[i] > 0).toArray();
        if (covariance.length != active.length) {
            throw new IllegalArgumentException("covariance of " + covariance.length + " leaves, " + active.length
                + " leaves with a share");
        }
        // the free parameters: each node's inputs with an intended weight above 0
        List<String> nodeOf = new ArrayList<>();
        List<Integer> inputOf = new ArrayList<>();
        Map<String, double[]> start = new LinkedHashMap<>();
        for (WeightTree.Node node : tree.nodes()) {
            double[] w = WeightTree.normalised(intended.get(node.id()));
            start.put(node.id(), w);
            long free = java.util.Arrays.stream(w).filter(v -> v > 0).count();
            for (int i = 0; i < w.length && free > 1; i++) {
                if (w[i] > 0) {
                    nodeOf.add(node.id());
                    inputOf.add(i);
                }
            }
        }
        int n = nodeOf.size();
        int[] evaluations = {0};
        MultivariateFunction objective = x -> {
            evaluations[0]++;
            return distance(tree, weights(start, nodeOf, inputOf, x), covariance, target, active);
        };
        double[] x0 = new double[n];
        for (int p = 0; p < n; p++) {
            x0[p] = start.get(nodeOf.get(p))[inputOf.get(p)];
        }
        double before = objective.value(x0);
        if (n < 2 || Double.isNaN(before)) {
            return new Result(copy(start), before, before, evaluations[0]);
        }
        Map<String, double[]> exact = isTree(tree) ? exactFit(tree, start, covariance, target, active) : null;
        if (exact != null) {
            double after = distance(tree, exact, covariance, target, active);
            if (after < before) {
                return new Result(exact, before, after, evaluations[0] + 1);
            }
        }
        double[] lower = new double[n];
        double[] upper = new double[n];
        java.util.Arrays.fill(upper, 1);
        PointValuePair best = new BOBYQAOptimizer(2 * n + 1, 0.1, 1e-9).optimize(new MaxEval(MAX_EVALUATIONS),
            new ObjectiveFunction(objective), GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(lower, upper));
        if (best.getValue() >= before) {
            return new Result(copy(start), before, before, evaluations[0]);
        }
        Map<String, double[]> result = weights(start, nodeOf, inputOf, best.getPoint());
        result.replaceAll((id, w) -> WeightTree.normalised(w));
        return new Result(result, before, best.getValue(), evaluations[0]);
    }

    /** Whether no id is an input of two nodes (so that the leaves' shares can take any values). */
    private static boolean isTree(WeightTree tree) {
        java.util.Set<String> inputs = new java.util.HashSet<>();
        return tree.nodes().stream().flatMap(node -> node.inputs().stream()).allMatch(inputs::add);
    }

    /**
     * The weights of the tree's nodes under which the active leaves' effective weights equal their {@code target}
     * shares ({@link RiskBudget}): a node's weight on an input is the input's share of the root over the node's;
     * nodes that pass nothing down keep their {@code start} weights. Null when no such shares were found.
     */
    private static Map<String, double[]> exactFit(WeightTree tree, Map<String, double[]> start, double[][] covariance,
            double[] target, int[] active) {
        double[] budgets = new double[active.length];
        for (int i = 0; i < active.length; i++) {
            budgets[i] = target[active[i]];
        }
        double[] leafShares = RiskBudget.shares(covariance, budgets);
        if (leafShares == null) {
            return null;
        }
        Map<String, Double> shares = new java.util.HashMap<>();
        for (int i = 0; i < active.length; i++) {
            shares.put(tree.leaves().get(active[i]), leafShares[i]);
        }
        List<WeightTree.Node> nodes = new ArrayList<>(tree.nodes());
        java.util.Collections.reverse(nodes);
        Map<String, double[]> weights = copy(start);
        for (WeightTree.Node node : nodes) {
            double own = node.inputs().stream().mapToDouble(input -> shares.getOrDefault(input, 0.0)).sum();
            shares.put(node.id(), own);
            if (own > 0) {
                weights.put(node.id(), node.inputs().stream().mapToDouble(input -> shares.getOrDefault(input, 0.0) / own)
                    .toArray());
            }
        }
        return weights;
    }

    /** The sum of squared differences between the effective and intended shares of the active leaves. */
    static double distance(WeightTree tree, Map<String, double[]> weights, double[][] covariance, double[] target,
            int[] active) {
        double[] all = tree.leafShares(weights);
        double[] shares = new double[active.length];
        double sum = 0;
        for (int i = 0; i < active.length; i++) {
            shares[i] = all[active[i]];
            sum += shares[i];
        }
        if (!(sum > 0)) {
            return Double.MAX_VALUE;
        }
        double[] effective = EffectiveWeights.fromCovariance(covariance, shares);
        double distance = 0;
        for (int i = 0; i < active.length; i++) {
            double d = effective[i] - target[active[i]];
            distance += d * d;
        }
        return Double.isNaN(distance) ? Double.MAX_VALUE : distance;
    }

    private static Map<String, double[]> weights(Map<String, double[]> start, List<String> nodeOf,
            List<Integer> inputOf, double[] x) {
        Map<String, double[]> weights = copy(start);
        for (int p = 0; p < x.length; p++) {
            weights.get(nodeOf.get(p))[inputOf.get(p)] = x[p];
        }
        return weights;
    }

    private static Map<String, double[]> copy(Map<String, double[]> weights) {
        Map<String, double[]> copy = new LinkedHashMap<>();
        weights.forEach((id, w) -> copy.put(id, w.clone()));
        return copy;
    }
}
