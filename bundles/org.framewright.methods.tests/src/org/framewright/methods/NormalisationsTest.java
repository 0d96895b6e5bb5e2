package org.framewright.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.framewright.model.Council;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.MethodParameter;
import org.framewright.model.Polarity;
import org.framewright.model.methods.MethodDescriptor;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.ScoringMethods;
import org.framewright.scoring.MethodArguments;
import org.framewright.scoring.Normaliser;
import org.framewright.scoring.Normaliser.Normalised;
import org.framewright.scoring.PrimitiveNormalisation;
import org.junit.jupiter.api.Test;

/**
 * The normalisations of issue 16 on a hand-worked case: councils A..E with values 10, 20, 40, missing, 30, each
 * method found through {@code org.framewright.scoring.methods}, in both polarities; the primitive gives the same
 * doubles; the undefined cases say why.
 */
class NormalisationsTest {

    private static final List<Double> VALUES = Arrays.asList(10.0, 20.0, 40.0, null, 30.0);
    private static final List<String> IDS = List.of("distance-to-best", "distance-to-reference", "borda",
        "fraction-of-maximum", "scaled");

    private final List<Council> councils = new ArrayList<>();

    NormalisationsTest() {
        for (String id : List.of("A", "B", "C", "D", "E")) {
            Council council = FrameworkFactory.eINSTANCE.createCouncil();
            council.setId(id);
            councils.add(council);
        }
    }

    @Test
    void eachIsContributedWithAPrimitive() {
        for (String id : IDS) {
            MethodDescriptor method = ScoringMethods.installed().find(MethodKind.NORMALISATION, id);
            assertNotNull(method, id);
            assertEquals("org.framewright.methods", method.contributor());
            assertTrue(method.hasPrimitive() && method.primitive() instanceof PrimitiveNormalisation, id);
        }
        assertTrue(ScoringMethods.installed().find(MethodKind.NORMALISATION, "distance-to-reference")
            .parameter("council").required());
        assertEquals("100", ScoringMethods.installed().find(MethodKind.NORMALISATION, "scaled").parameter("high")
            .defaultValue());
    }

    @Test
    void distanceToTheBestCouncil() {
        // best 40: 100 x (v - 40) / 40; lower is better, best 10: 100 x (10 - v) / 10
        assertEquals(Arrays.asList(-75.0, -50.0, 0.0, null, -25.0), run("distance-to-best", Polarity.HIGHER_IS_BETTER));
        assertEquals(Arrays.asList(0.0, -100.0, -300.0, null, -200.0), run("distance-to-best", Polarity.LOWER_IS_BETTER));
    }

    @Test
    void distanceToAReferenceCouncil() {
        // reference B = 20: 100 x (v - 20) / 20
        assertEquals(Arrays.asList(-50.0, 0.0, 100.0, null, 50.0),
            run("distance-to-reference", Polarity.HIGHER_IS_BETTER, "council", "B"));
        assertEquals(Arrays.asList(50.0, 0.0, -100.0, null, -50.0),
            run("distance-to-reference", Polarity.LOWER_IS_BETTER, "council", "B"));
    }

    @Test
    void bordaScoresCountTheCouncilsStrictlyWorse() {
        assertEquals(Arrays.asList(0.0, 1.0, 3.0, null, 2.0), run("borda", Polarity.HIGHER_IS_BETTER));
        assertEquals(Arrays.asList(3.0, 2.0, 0.0, null, 1.0), run("borda", Polarity.LOWER_IS_BETTER));
        // ties share the lower score
        assertEquals(Arrays.asList(0.0, 0.0, 2.0), normalise("borda", Arrays.asList(5.0, 5.0, 7.0),
            Polarity.HIGHER_IS_BETTER).values());
    }

    @Test
    void fractionOfTheMaximum() {
        assertEquals(Arrays.asList(25.0, 50.0, 100.0, null, 75.0), run("fraction-of-maximum", Polarity.HIGHER_IS_BETTER));
        // lower is better: 100 x 10 / v
        assertEquals(Arrays.asList(100.0, 50.0, 25.0, null, rounded(100.0 / 3)),
            run("fraction-of-maximum", Polarity.LOWER_IS_BETTER));
    }

    @Test
    void scaledToAChosenRange() {
        // 1 + 9 x (v - 10) / 30
        assertEquals(Arrays.asList(1.0, 4.0, 10.0, null, 7.0), run("scaled", Polarity.HIGHER_IS_BETTER, "low", "1",
            "high", "10"));
        assertEquals(Arrays.asList(10.0, 7.0, 1.0, null, 4.0), run("scaled", Polarity.LOWER_IS_BETTER, "low", "1",
            "high", "10"));
        // the declared defaults: 0 to 100, i.e. min-max
        assertEquals(Arrays.asList(0.0, rounded(100.0 / 3), 100.0, null, rounded(200.0 / 3)), run("scaled", Polarity.HIGHER_IS_BETTER));
    }

    @Test
    void undefinedCasesLeaveTheIndicatorUnscoredAndSayWhy() {
        assertProblem("distance-to-best: the best value is 0", normalise("distance-to-best",
            Arrays.asList(-3.0, 0.0), Polarity.HIGHER_IS_BETTER));
        assertProblem("distance-to-reference: the reference council Z is not among the councils scored",
            normalise("distance-to-reference", VALUES, Polarity.HIGHER_IS_BETTER, "council", "Z"));
        assertProblem("distance-to-reference: the reference council has no value",
            normalise("distance-to-reference", VALUES, Polarity.HIGHER_IS_BETTER, "council", "D"));
        assertProblem("fraction-of-maximum: the value -1.0 is negative", normalise("fraction-of-maximum",
            Arrays.asList(-1.0, 2.0, 3.0, 4.0, 5.0), Polarity.HIGHER_IS_BETTER));
        assertProblem("scaled: every council has the same value 7.0 (max = min)", normalise("scaled",
            Arrays.asList(7.0, 7.0, 7.0, null, 7.0), Polarity.HIGHER_IS_BETTER));
        assertProblem("scaled: the low end 10.0 is not below the high end 1.0", normalise("scaled", VALUES,
            Polarity.HIGHER_IS_BETTER, "low", "10", "high", "1"));
    }

    @Test
    void thePrimitiveGivesTheSameDoublesAsTheListForm() {
        double[] in = {10, 20, 40, Double.NaN, 30};
        for (String id : IDS) {
            PrimitiveNormalisation primitive = (PrimitiveNormalisation) ScoringMethods.installed()
                .find(MethodKind.NORMALISATION, id).primitive();
            for (boolean lower : new boolean[] {false, true}) {
                double[] out = new double[5];
                assertNull(primitive.normalise(in, 5, lower, 1, out), id);
                List<Double> list = id.equals("distance-to-reference")
                    ? run(id, lower ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER, "council", "B")
                    : run(id, lower ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER);
                for (int i = 0; i < 5; i++) {
                    assertEquals(list.get(i) == null ? Double.NaN : list.get(i), out[i], 1e-8, id + " " + i);
                }
            }
        }
    }

    private static double rounded(double value) {
        return Math.round(value * 1e9) / 1e9;
    }

    private static void assertProblem(String start, Normalised normalised) {
        assertNotNull(normalised.problem());
        assertTrue(normalised.problem().startsWith(start), normalised.problem());
        assertTrue(normalised.values().stream().allMatch(v -> v == null), normalised.values().toString());
    }

    private List<Double> run(String id, Polarity polarity, String... parameters) {
        Normalised normalised = normalise(id, VALUES, polarity, parameters);
        assertNull(normalised.problem(), normalised.problem());
        return normalised.values().stream().map(v -> v == null ? null : rounded(v)).toList();
    }

    private Normalised normalise(String id, List<Double> values, Polarity polarity, String... parameters) {
        MethodDescriptor method = ScoringMethods.installed().find(MethodKind.NORMALISATION, id);
        List<MethodParameter> given = new ArrayList<>();
        for (int i = 0; i < parameters.length; i += 2) {
            MethodParameter parameter = FrameworkFactory.eINSTANCE.createMethodParameter();
            parameter.setName(parameters[i]);
            parameter.setValue(parameters[i + 1]);
            given.add(parameter);
        }
        return ((Normaliser) method.implementation()).normalise(values, polarity, null,
            councils.subList(0, values.size() == 5 ? 5 : values.size()), new MethodArguments(0, given, method));
    }
}
