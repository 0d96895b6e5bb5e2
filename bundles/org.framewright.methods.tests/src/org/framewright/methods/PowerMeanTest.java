package org.framewright.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.framewright.model.FrameworkFactory;
import org.framewright.model.MethodParameter;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.ScoringMethods;
import org.framewright.scoring.MethodArguments;
import org.junit.jupiter.api.Test;

/** The harmonic and generalised means against cases worked by hand, and their policy for zero and negative inputs. */
class PowerMeanTest {

    private static final HarmonicMean HARMONIC = new HarmonicMean();
    private static final GeneralisedMean GENERALISED = new GeneralisedMean();

    static MethodArguments arguments(String method, String... nameValue) {
        List<MethodParameter> given = new java.util.ArrayList<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            MethodParameter parameter = FrameworkFactory.eINSTANCE.createMethodParameter();
            parameter.setName(nameValue[i]);
            parameter.setValue(nameValue[i + 1]);
            given.add(parameter);
        }
        return new MethodArguments(0, given, ScoringMethods.installed().find(MethodKind.AGGREGATION, method));
    }

    static List<BigDecimal> decimals(double... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    private static double exact(PowerMean mean, MethodArguments arguments, double[] values, double[] weights) {
        assertNull(mean.impossible(decimals(values), decimals(weights), arguments));
        return mean.aggregate(decimals(values), decimals(weights), arguments).doubleValue();
    }

    @Test
    void harmonicMeanOfSmallCases() {
        MethodArguments none = arguments("harmonic-mean");
        // 3 / (1 + 1/2 + 1/4) = 12/7
        assertEquals(12.0 / 7, exact(HARMONIC, none, new double[] {1, 2, 4}, new double[] {1, 1, 1}), 1e-15);
        // weights 2 and 1: 3 / (2/1 + 1/4) = 4/3
        assertEquals(4.0 / 3, exact(HARMONIC, none, new double[] {1, 4}, new double[] {2, 1}), 1e-15);
        assertEquals(12.0 / 7, HARMONIC.with(none).aggregate(new double[] {1, 2, 4}, new double[] {1, 1, 1}, 3), 1e-15);
    }

    @Test
    void generalisedMeanOfSmallCases() {
        // r = 2: sqrt((1 + 49) / 2) = 5
        assertEquals(5, exact(GENERALISED, arguments("generalised-mean", "r", "2"), new double[] {1, 7},
            new double[] {1, 1}), 1e-14);
        // r = 0: the geometric mean sqrt(2 x 8) = 4
        assertEquals(4, exact(GENERALISED, arguments("generalised-mean", "r", "0"), new double[] {2, 8},
            new double[] {1, 1}), 1e-14);
        // r = 1 (the default): the weighted arithmetic mean (3 x 2 + 1 x 10) / 4 = 4
        assertEquals(4, exact(GENERALISED, arguments("generalised-mean"), new double[] {2, 10}, new double[] {3, 1}),
            1e-14);
        // r = -1 is the harmonic mean
        assertEquals(12.0 / 7, exact(GENERALISED, arguments("generalised-mean", "r", "-1"), new double[] {1, 2, 4},
            new double[] {1, 1, 1}), 1e-15);
        // r = 3, weights 1 and 3: cbrt((1 + 3 x 8) / 4) = cbrt(6.25)
        assertEquals(Math.cbrt(6.25), exact(GENERALISED, arguments("generalised-mean", "r", "3"), new double[] {1, 2},
            new double[] {1, 3}), 1e-14);
        // a large order approaches the largest input without overflowing
        double high = exact(GENERALISED, arguments("generalised-mean", "r", "50"), new double[] {1e3, 90, 2e3},
            new double[] {1, 1, 1});
        assertTrue(high < 2e3 && high > 2e3 * Math.pow(1.0 / 3, 1.0 / 50) - 1e-9, String.valueOf(high));
    }

    @Test
    void aZeroInputIsRefusedByDefaultAndNamed() {
        String why = HARMONIC.impossible(decimals(40, 0, 60), decimals(1, 1, 1), arguments("harmonic-mean"));
        assertEquals("the harmonic mean is undefined for an input of 0 (zero inputs: refuse; the rule may choose"
            + " nonPositive = zero to make the result 0)", why);
        assertTrue(Double.isNaN(HARMONIC.with(arguments("harmonic-mean")).aggregate(new double[] {40, 0, 60},
            new double[] {1, 1, 1}, 3)));
    }

    @Test
    void theZeroPolicyMakesTheResultZero() {
        MethodArguments zero = arguments("harmonic-mean", "nonPositive", "zero");
        assertEquals(0, exact(HARMONIC, zero, new double[] {40, 0, 60}, new double[] {1, 1, 1}), 0);
        assertEquals(0, HARMONIC.with(zero).aggregate(new double[] {40, 0, 60}, new double[] {1, 1, 1}, 3), 0);
        assertEquals(0, exact(GENERALISED, arguments("generalised-mean", "r", "-0.5", "nonPositive", "zero"),
            new double[] {0, 3}, new double[] {1, 1}), 0);
    }

    @Test
    void aPositiveOrderNeedsNoPolicyForZero() {
        // r = 2: sqrt((0 + 16) / 2)
        assertEquals(Math.sqrt(8), exact(GENERALISED, arguments("generalised-mean", "r", "2"), new double[] {0, 4},
            new double[] {1, 1}), 1e-14);
    }

    @Test
    void negativeInputsAreRefusedUnderEveryPolicy() {
        for (String policy : List.of("refuse", "zero")) {
            assertEquals("the generalised mean of order 2 is undefined for the negative input -1.5",
                GENERALISED.impossible(decimals(3, -1.5), decimals(1, 1),
                    arguments("generalised-mean", "r", "2", "nonPositive", policy)));
            assertTrue(Double.isNaN(GENERALISED.with(arguments("generalised-mean", "r", "2", "nonPositive", policy))
                .aggregate(new double[] {3, -1.5}, new double[] {1, 1}, 2)));
        }
    }

    @Test
    void anUnknownPolicyAndZeroWeightsAreRefused() {
        assertEquals("policy 'ignore' for zero inputs is not refuse or zero",
            HARMONIC.impossible(decimals(1, 2), decimals(1, 1), arguments("harmonic-mean", "nonPositive", "ignore")));
        assertEquals("the weights of the inputs present sum to 0",
            HARMONIC.impossible(decimals(1, 2), decimals(0, 0), arguments("harmonic-mean")));
    }
}
