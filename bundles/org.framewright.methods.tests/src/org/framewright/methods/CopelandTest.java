package org.framewright.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.methods.MethodDescriptor;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.ScoringMethods;
import org.framewright.scoring.ComparativeAggregation.Outcome;
import org.framewright.scoring.MethodArguments;
import org.framewright.scoring.PrimitiveComparativeAggregation;
import org.junit.jupiter.api.Test;

/**
 * Copeland scores worked out by hand: four councils A-D on three inputs, every pair's outranking written out in the
 * comments (e(a, b) = weight where a is higher + half the weight where equal, over the weight both have).
 */
class CopelandTest {

    static final String[] INPUTS = {"i1", "i2", "i3"};

    /** A council's inputs, null for a missing value. */
    static Map<String, BigDecimal> council(Double... values) {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                inputs.put(INPUTS[i], BigDecimal.valueOf(values[i]));
            }
        }
        return inputs;
    }

    static Map<String, BigDecimal> weights(double... percent) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 0; i < percent.length; i++) {
            weights.put(INPUTS[i], BigDecimal.valueOf(percent[i]));
        }
        return weights;
    }

    static List<Integer> scores(List<Outcome> outcomes) {
        List<Integer> scores = new ArrayList<>();
        outcomes.forEach(o -> scores.add(o.score() == null ? null : o.score().intValueExact()));
        return scores;
    }

    // A (3, 5, 1), B (2, 5, 4), C (1, 1, 1), D (4, 0, 0)
    static final List<Map<String, BigDecimal>> FOUR = List.of(council(3.0, 5.0, 1.0), council(2.0, 5.0, 4.0),
        council(1.0, 1.0, 1.0), council(4.0, 0.0, 0.0));

    @Test
    void equalWeightsWinsMinusLosses() {
        // A-B: A higher on i1, equal on i2, lower on i3: e = (1 + 0.5) / 3 = 1/2, a tie
        // A-C: higher, higher, equal: e = 2.5 / 3, A wins; A-D: lower, higher, higher: e = 2 / 3, A wins
        // B-C: B wins on all three; B-D: lower, higher, higher: B wins; C-D: lower, higher, higher: C wins
        // A: 2 wins, 0 losses, 1 tie = 2; B: 2 - 0 = 2; C: 1 - 2 = -1; D: 0 - 3 = -3
        List<Outcome> outcomes = new Copeland().aggregateAcross(FOUR, weights(1, 1, 1), MethodArguments.ofMaximum(0));
        assertEquals(List.of(2, 2, -1, -3), scores(outcomes));
        assertEquals("copeland against 3 other councils on i1, i2, i3: 2 pairwise wins - 0 losses (1 ties) = 2",
            outcomes.get(0).step());
        assertEquals("copeland against 3 other councils on i1, i2, i3: 0 pairwise wins - 3 losses (0 ties) = -3",
            outcomes.get(3).step());
    }

    @Test
    void weightsDecideWhichInputsCountMost() {
        // weights 60, 20, 20: A-B: won 60, lost 20: A; A-C: won 80: A; A-D: won 40, lost 60: D
        // B-C: B; B-D: won 40, lost 60: D; C-D: won 40, lost 60: D
        // A: 2 - 1 = 1; B: 1 - 2 = -1; C: 0 - 3 = -3; D: 3 - 0 = 3
        assertEquals(List.of(1, -1, -3, 3),
            scores(new Copeland().aggregateAcross(FOUR, weights(60, 20, 20), MethodArguments.ofMaximum(0))));
    }

    @Test
    void aPairIsComparedOnTheInputsBothHave() {
        // C lacks i1. A-C on i2, i3: higher, equal: e = 1.5 / 2: A wins (as before); B-C: B wins on i2 and i3;
        // C-D on i2, i3: C higher on both: C wins. D-A, D-B, A-B as before.
        // A: 2 - 0 = 2; B: 2 - 0 = 2; C: 1 - 2 = -1; D: 0 - 3 = -3
        List<Map<String, BigDecimal>> missing = List.of(FOUR.get(0), FOUR.get(1), council(null, 1.0, 1.0),
            FOUR.get(3));
        assertEquals(List.of(2, 2, -1, -3),
            scores(new Copeland().aggregateAcross(missing, weights(1, 1, 1), MethodArguments.ofMaximum(0))));
        // with only i1 for D and only i2 for C, the pair has nothing in common: a tie
        List<Map<String, BigDecimal>> apart = List.of(council(null, 2.0, null), council(5.0, null, null));
        List<Outcome> outcomes = new Copeland().aggregateAcross(apart, weights(1, 1, 1), MethodArguments.ofMaximum(0));
        assertEquals(List.of(0, 0), scores(outcomes));
        assertTrue(outcomes.get(0).step().contains("(1 ties)"), outcomes.get(0).step());
    }

    @Test
    void exactTiesOfWeightAreTies() {
        // weights 0.1 + 0.2 against 0.3: in doubles 0.1 + 0.2 > 0.3; exactly they are equal, a tie
        List<Map<String, BigDecimal>> two = List.of(council(2.0, 2.0, 1.0), council(1.0, 1.0, 2.0));
        assertEquals(List.of(0, 0),
            scores(new Copeland().aggregateAcross(two, weights(0.1, 0.2, 0.3), MethodArguments.ofMaximum(0))));
    }

    @Test
    void thePrimitiveCountsTheSameOverArrays() {
        // the cases above, input-major (a row per input, a column per council A-E) with NaN for a missing input; the
        // fifth council has no input at all and takes no part (NaN)
        double nan = Double.NaN;
        double[] values = {3, 2, nan, 4, nan, 5, 5, 1, 0, nan, 1, 4, 1, 0, nan};
        double[] results = new double[5];
        double[] scratch = new double[5];
        new Copeland().aggregateAcross(values, 3, 5, new double[] {1, 1, 1}, results, scratch);
        assertEquals("[2.0, 2.0, -1.0, -3.0, NaN]", Arrays.toString(results));
        new Copeland().aggregateAcross(values, 3, 5, new double[] {60, 20, 20}, results, scratch);
        // as weightsDecideWhichInputsCountMost, C on i2 and i3 only: C-A: lower, equal: A; C-B: B; C-D: C wins
        assertEquals("[1.0, -1.0, -1.0, 1.0, NaN]", Arrays.toString(results));
        // 0.1 + 0.2 against 0.3 is a tie although the doubles' sums differ
        new Copeland().aggregateAcross(new double[] {2, 1, 2, 1, 1, 2}, 3, 2, new double[] {0.1, 0.2, 0.3}, results,
            scratch);
        assertEquals("[0.0, 0.0]", Arrays.toString(Arrays.copyOf(results, 2)));
    }

    @Test
    void contributedWithAComparativePrimitiveAndRefusesOneCouncilAlone() {
        MethodDescriptor copeland = ScoringMethods.installed().find(MethodKind.AGGREGATION, "copeland");
        assertNotNull(copeland);
        assertEquals("org.framewright.methods", copeland.contributor());
        assertTrue(copeland.hasPrimitive());
        assertTrue(copeland.primitive() instanceof PrimitiveComparativeAggregation);
        assertTrue(copeland.implementation() instanceof Copeland);
        assertNotNull(new Copeland().impossible(List.of(BigDecimal.ONE), List.of(BigDecimal.ONE),
            MethodArguments.ofMaximum(0)));
        assertNull(new HarmonicMean().impossible(List.of(BigDecimal.ONE), List.of(BigDecimal.ONE),
            MethodArguments.ofMaximum(0)));
    }
}
