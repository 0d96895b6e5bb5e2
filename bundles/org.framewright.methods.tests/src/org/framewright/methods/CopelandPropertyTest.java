package org.framewright.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.framewright.scoring.MethodArguments;
import org.junit.jupiter.api.Test;

/**
 * The aggregation properties as they hold for Copeland, on 500 seeded random cases each. Copeland's result is a
 * count of pairwise wins minus losses across councils, not a value on the inputs' scale, so "equals the input when all
 * inputs are equal" does not hold (a council whose inputs are all 70 scores by how it compares with the others); what
 * holds instead is that when every council has the same inputs, every council scores 0. Monotone in each input
 * holds: raising one of a council's inputs can only turn its losses into ties or wins and ties into wins, so its score
 * never falls (and no other council's rises). Also: the scores sum to 0 (each decided pair adds +1 and -1), lie in
 * -(n - 1)..n - 1, and do not change when an input is transformed by any strictly increasing function (only the order
 * of councils on an input counts: Copeland is non-compensatory).
 */
class CopelandPropertyTest {

    private static final int CASES = 500;

    private static final List<String> IDS = List.of("a", "b", "c", "d", "e", "f");

    private record Case(List<Map<String, BigDecimal>> councils, Map<String, BigDecimal> weights) {
    }

    private static Case random(SplittableRandom random) {
        int councils = 2 + random.nextInt(9);
        int inputs = 1 + random.nextInt(IDS.size());
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (int k = 0; k < inputs; k++) {
            weights.put(IDS.get(k), BigDecimal.valueOf(1 + random.nextInt(40)));
        }
        List<Map<String, BigDecimal>> values = new ArrayList<>();
        for (int c = 0; c < councils; c++) {
            Map<String, BigDecimal> own = new LinkedHashMap<>();
            for (int k = 0; k < inputs; k++) {
                if (random.nextInt(8) != 0) {
                    // few distinct values, so that equal inputs and tied pairs occur
                    own.put(IDS.get(k), BigDecimal.valueOf(random.nextInt(6) * 10));
                }
            }
            values.add(own);
        }
        return new Case(values, weights);
    }

    private static List<Integer> scores(Case c) {
        return CopelandTest.scores(new Copeland().aggregateAcross(c.councils(), c.weights(),
            MethodArguments.ofMaximum(0)));
    }

    @Test
    void monotoneInEachInput() {
        SplittableRandom random = new SplittableRandom(1951);
        int strict = 0;
        for (int n = 0; n < CASES; n++) {
            Case before = random(random);
            int who = random.nextInt(before.councils().size());
            List<String> own = new ArrayList<>(before.councils().get(who).keySet());
            if (own.isEmpty()) {
                continue;
            }
            String input = own.get(random.nextInt(own.size()));
            List<Map<String, BigDecimal>> raised = new ArrayList<>(before.councils());
            Map<String, BigDecimal> higher = new LinkedHashMap<>(raised.get(who));
            higher.put(input, higher.get(input).add(BigDecimal.valueOf(1 + random.nextInt(30))));
            raised.set(who, higher);
            List<Integer> was = scores(before);
            List<Integer> is = scores(new Case(raised, before.weights()));
            String what = "case " + n + ": council " + who + " input " + input + " " + was + " -> " + is;
            assertTrue(is.get(who) >= was.get(who), what);
            for (int other = 0; other < was.size(); other++) {
                if (other != who) {
                    assertTrue(is.get(other) <= was.get(other), what + " (council " + other + ")");
                }
            }
            strict += is.get(who) > was.get(who) ? 1 : 0;
        }
        assertTrue(strict > CASES / 5, "strictly higher in only " + strict + " of " + CASES + " cases");
    }

    @Test
    void equalInputsEverywhereScoreZero() {
        SplittableRandom random = new SplittableRandom(1785);
        for (int n = 0; n < CASES; n++) {
            Case c = random(random);
            Map<String, BigDecimal> same = c.councils().get(0);
            List<Map<String, BigDecimal>> all = new ArrayList<>();
            c.councils().forEach(x -> all.add(same));
            scores(new Case(all, c.weights())).forEach(s -> assertEquals(0, s));
        }
    }

    @Test
    void scoresSumToZeroWithinTheirRange() {
        SplittableRandom random = new SplittableRandom(2008);
        for (int n = 0; n < CASES; n++) {
            Case c = random(random);
            List<Integer> scores = scores(c);
            int councils = scores.size();
            String what = "case " + n + ": " + scores;
            assertEquals(0, scores.stream().mapToInt(Integer::intValue).sum(), what);
            scores.forEach(s -> assertTrue(Math.abs(s) <= councils - 1, what));
        }
    }

    @Test
    void aStrictlyIncreasingTransformOfAnInputChangesNothing() {
        SplittableRandom random = new SplittableRandom(1770);
        for (int n = 0; n < CASES; n++) {
            Case c = random(random);
            String input = IDS.get(random.nextInt(c.weights().size()));
            List<Map<String, BigDecimal>> transformed = new ArrayList<>();
            for (Map<String, BigDecimal> own : c.councils()) {
                Map<String, BigDecimal> copy = new LinkedHashMap<>(own);
                // x -> x^3 / 7 + 2x - 5: strictly increasing, far from linear
                copy.computeIfPresent(input, (k, x) -> x.pow(3).divide(BigDecimal.valueOf(7), java.math.MathContext.DECIMAL128)
                    .add(x.multiply(BigDecimal.TWO)).subtract(BigDecimal.valueOf(5)));
                transformed.add(copy);
            }
            assertEquals(scores(c), scores(new Case(transformed, c.weights())), "case " + n);
        }
    }
}
