package org.framewright.methods;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.framewright.scoring.AggregationFunction;
import org.framewright.scoring.ComparativeAggregation;
import org.framewright.scoring.MethodArguments;
import org.framewright.scoring.PrimitiveComparativeAggregation;

/**
 * The aggregation method {@code copeland}: pairwise outranking across councils, as the JRC/OECD handbook and COINr
 * ({@code outrankMatrix}, {@code a_copeland}) define it. For each pair of councils a and b, e(a, b) is the weight of
 * the inputs on which a scores higher than b plus half the weight of those on which they are equal, over the weight
 * of the inputs both have; a beats b when e(a, b) > 1/2, loses when it is below, ties at 1/2. A council's Copeland
 * score is its wins minus its losses over every other council scored at the node: from -(n - 1) to n - 1, 0 for
 * everyone when all inputs are equal. Non-compensatory: how much a council is better on an input does not matter,
 * only whether it is. The comparison is exact (weights are decimals; e(a, b) > 1/2 is "weight won > weight lost").
 * A pair with no input in common (or only inputs of weight 0) is a tie. COINr compares pairs with missing inputs by
 * the inputs present in the first council; here a pair is compared on the inputs both have, so e(a, b) + e(b, a) = 1.
 * The primitive ({@link PrimitiveComparativeAggregation}, the simulation's fast path) counts the same in doubles:
 * inputs compare as their decimals do, and weight sums are exact when every weight is a whole number; otherwise a
 * pair whose weight won and lost are within a relative 1e-9 is decided on the weights' decimals, as here.
 */
public final class Copeland implements AggregationFunction, ComparativeAggregation, PrimitiveComparativeAggregation {

    /** Whole weights below this sum add up exactly in doubles (2^53 over a generous number of inputs). */
    private static final double EXACT_WHOLE_WEIGHTS = 0x1p40;

    @Override
    public List<Outcome> aggregateAcross(List<Map<String, BigDecimal>> inputs, Map<String, BigDecimal> weights,
            MethodArguments arguments) {
        int n = inputs.size();
        int[] wins = new int[n];
        int[] losses = new int[n];
        int[] ties = new int[n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int outcome = compare(inputs.get(a), inputs.get(b), weights);
                if (outcome > 0) {
                    wins[a]++;
                    losses[b]++;
                } else if (outcome < 0) {
                    losses[a]++;
                    wins[b]++;
                } else {
                    ties[a]++;
                    ties[b]++;
                }
            }
        }
        List<Outcome> outcomes = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            int score = wins[a] - losses[a];
            outcomes.add(new Outcome(BigDecimal.valueOf(score), "copeland against " + (n - 1) + " other council"
                + (n == 2 ? "" : "s") + " on " + String.join(", ", inputs.get(a).keySet()) + ": " + wins[a]
                + " pairwise wins - " + losses[a] + " losses (" + ties[a] + " ties) = " + score));
        }
        return outcomes;
    }

    /**
     * The sign of e(a, b) - 1/2: 1 when a outranks b, -1 when b outranks a, 0 for a tie; over the inputs both have.
     */
    static int compare(Map<String, BigDecimal> a, Map<String, BigDecimal> b, Map<String, BigDecimal> weights) {
        BigDecimal won = BigDecimal.ZERO;
        BigDecimal lost = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> input : a.entrySet()) {
            BigDecimal other = b.get(input.getKey());
            if (other == null) {
                continue;
            }
            BigDecimal weight = weights.getOrDefault(input.getKey(), BigDecimal.ONE);
            int order = input.getValue().compareTo(other);
            if (order > 0) {
                won = won.add(weight);
            } else if (order < 0) {
                lost = lost.add(weight);
            }
        }
        return won.compareTo(lost);
    }

    @Override
    public void aggregateAcross(double[] values, int inputs, int councils, double[] weights, double[] results,
            double[] scratch) {
        boolean exact = wholeWeights(weights, inputs);
        double total = 0;
        for (int i = 0; i < inputs; i++) {
            total += Math.abs(weights[i]);
        }
        for (int c = 0; c < councils; c++) {
            results[c] = takesPart(values, c, inputs, councils) ? 0 : Double.NaN;
        }
        for (int a = 0; a < councils; a++) {
            if (results[a] != results[a]) {
                continue;
            }
            // scratch[b]: weight won minus weight lost by a against every later b, one input at a time, so the
            // inner loop runs along the array without branches (NaN compares false: neither won nor lost)
            Arrays.fill(scratch, a + 1, councils, 0);
            for (int i = 0; i < inputs; i++) {
                double x = values[i * councils + a];
                double w = weights[i];
                int row = i * councils;
                for (int b = a + 1; b < councils; b++) {
                    double y = values[row + b];
                    scratch[b] += (x > y ? w : 0) - (x < y ? w : 0);
                }
            }
            for (int b = a + 1; b < councils; b++) {
                if (results[b] != results[b]) {
                    continue;
                }
                double margin = scratch[b];
                int outcome = exact || Math.abs(margin) > 1e-9 * total ? (margin > 0 ? 1 : margin < 0 ? -1 : 0)
                    : decimalCompare(values, a, b, inputs, councils, weights);
                results[a] += outcome;
                results[b] -= outcome;
            }
        }
    }

    /** The rare near-tie of fractional weights, decided on their decimals as the engine does (allocates). */
    private static int decimalCompare(double[] values, int a, int b, int inputs, int councils, double[] weights) {
        BigDecimal won = BigDecimal.ZERO;
        BigDecimal lost = BigDecimal.ZERO;
        for (int i = 0; i < inputs; i++) {
            double x = values[i * councils + a];
            double y = values[i * councils + b];
            if (x > y) {
                won = won.add(BigDecimal.valueOf(weights[i]));
            } else if (x < y) {
                lost = lost.add(BigDecimal.valueOf(weights[i]));
            }
        }
        return won.compareTo(lost);
    }

    private static boolean takesPart(double[] values, int council, int inputs, int councils) {
        for (int i = 0; i < inputs; i++) {
            if (values[i * councils + council] == values[i * councils + council]) {
                return true;
            }
        }
        return false;
    }

    private static boolean wholeWeights(double[] weights, int inputs) {
        for (int i = 0; i < inputs; i++) {
            if (weights[i] != Math.rint(weights[i]) || Math.abs(weights[i]) > EXACT_WHOLE_WEIGHTS) {
                return false;
            }
        }
        return true;
    }

    /** Copeland compares councils; the engine calls {@link #aggregateAcross}, never this per council. */
    @Override
    public String impossible(List<BigDecimal> values, List<BigDecimal> weights, MethodArguments arguments) {
        return "copeland compares councils and is computed across all of them, not from one council's inputs";
    }

    /** Copeland compares councils: there is no result from one council's inputs alone. */
    @Override
    public BigDecimal aggregate(List<BigDecimal> values, List<BigDecimal> weights, MethodArguments arguments) {
        throw new UnsupportedOperationException(impossible(values, weights, arguments));
    }
}
