package org.framewright.methods;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.framewright.scoring.AggregationFunction;
import org.framewright.scoring.ComparativeAggregation;
import org.framewright.scoring.MethodArguments;

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
 */
public final class Copeland implements AggregationFunction, ComparativeAggregation {

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
