package org.framewright.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.framewright.model.NormalisationMethod;
import org.framewright.model.Polarity;
import org.framewright.scoring.Normalisation;
import org.framewright.scoring.Normaliser.Normalised;
import org.junit.jupiter.api.Test;

/** Every normalisation on small hand-checked inputs, including polarity, missing values and zero spread. */
class NormalisersTest {

    private static final Polarity HIGHER = Polarity.HIGHER_IS_BETTER;
    private static final Polarity LOWER = Polarity.LOWER_IS_BETTER;

    private static Normalised run(Normalisation n, Polarity p, Double target, Double... values) {
        return n.create().normalise(Arrays.asList(values), p, target);
    }

    @Test
    void minMaxScales0To100AndTurnsRoundForLowerIsBetter() {
        assertEquals(Arrays.asList(0.0, 25.0, null, 100.0), run(Normalisation.MIN_MAX, HIGHER, null, 10.0, 15.0, null, 30.0).values());
        assertEquals(Arrays.asList(100.0, 75.0, null, 0.0), run(Normalisation.MIN_MAX, LOWER, null, 10.0, 15.0, null, 30.0).values());
    }

    @Test
    void minMaxIsUndefinedWhenMaxEqualsMin() {
        Normalised n = run(Normalisation.MIN_MAX, HIGHER, null, 7.0, 7.0, null);
        assertEquals(Arrays.asList(null, null, null), n.values());
        assertEquals("every council has the same value 7 (max = min)", n.problem());
    }

    @Test
    void zScoreUsesThePopulationStandardDeviation() {
        // mean 5, deviations -3 -1 1 3 -> variance (9+1+1+9)/4 = 5
        List<Double> z = run(Normalisation.Z_SCORE, HIGHER, null, 2.0, 4.0, 6.0, 8.0).values();
        assertEquals(-3 / Math.sqrt(5), z.get(0), 1e-15);
        assertEquals(1 / Math.sqrt(5), z.get(2), 1e-15);
        assertEquals(3 / Math.sqrt(5), run(Normalisation.Z_SCORE, LOWER, null, 2.0, 4.0, 6.0, 8.0).values().get(0), 1e-15);
        assertNull(run(Normalisation.Z_SCORE, HIGHER, null, 3.0, 3.0).values().get(0));
    }

    @Test
    void robustZDividesByTheUnscaledMedianAbsoluteDeviation() {
        // median 4; |deviations| 3 2 0 1 5 -> MAD 2
        assertEquals(Arrays.asList(-1.5, -1.0, 0.0, 0.5, 2.5),
            run(Normalisation.ROBUST_Z, HIGHER, null, 1.0, 2.0, 4.0, 5.0, 9.0).values());
        assertEquals(Arrays.asList(1.5, 1.0, 0.0, -0.5, -2.5),
            run(Normalisation.ROBUST_Z, LOWER, null, 1.0, 2.0, 4.0, 5.0, 9.0).values());
    }

    @Test
    void robustZIsUndefinedWhenMadIsZero() {
        Normalised n = run(Normalisation.ROBUST_Z, HIGHER, null, 5.0, 5.0, 5.0, 1.0, 9.0);
        assertEquals(Arrays.asList(null, null, null, null, null), n.values());
        assertEquals("MAD = 0 (at least half of the councils have the median value 5)", n.problem());
    }

    @Test
    void rankGivesTheBestNAndTiesShareTheBestRank() {
        assertEquals(Arrays.asList(1.0, 3.0, 3.0, 4.0, null), run(Normalisation.RANK, HIGHER, null, 10.0, 20.0, 20.0, 30.0, null).values());
        assertEquals(Arrays.asList(4.0, 3.0, 3.0, 1.0, null), run(Normalisation.RANK, LOWER, null, 10.0, 20.0, 20.0, 30.0, null).values());
    }

    @Test
    void percentileCountsTheCouncilsStrictlyWorse() {
        assertEquals(Arrays.asList(0.0, 100.0 / 3, 100.0 / 3, 100.0), run(Normalisation.PERCENTILE, HIGHER, null, 10.0, 20.0, 20.0, 30.0).values());
        assertEquals("only one council has a value", run(Normalisation.PERCENTILE, HIGHER, null, 10.0).problem());
    }

    @Test
    void distanceToTargetIsPercentOfTheTarget() {
        assertEquals(Arrays.asList(-10.0, 5.0), run(Normalisation.DISTANCE_TO_TARGET, HIGHER, 80.0, 72.0, 84.0).values());
        assertEquals(Arrays.asList(10.0, -5.0), run(Normalisation.DISTANCE_TO_TARGET, LOWER, 80.0, 72.0, 84.0).values());
        assertEquals("the indicator has no target", run(Normalisation.DISTANCE_TO_TARGET, HIGHER, null, 1.0).problem());
    }

    @Test
    void everyModelMethodButNoneHasAStrategy() {
        for (NormalisationMethod method : NormalisationMethod.values()) {
            assertEquals(method == NormalisationMethod.NONE, Normalisation.of(method) == null, method.getLiteral());
        }
        assertEquals(Normalisation.ROBUST_Z, Normalisation.fromLabel("robust-z"));
    }

    @Test
    void allMissingStaysMissing() {
        for (Normalisation normalisation : Normalisation.values()) {
            Normalised n = run(normalisation, HIGHER, 5.0, null, null);
            assertEquals(Arrays.asList(null, null), n.values(), normalisation.label());
        }
    }
}
