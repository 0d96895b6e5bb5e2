package org.framewright.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.framewright.scoring.MethodArguments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties every new aggregation must have, on 500 seeded random cases per order: monotone in each input (raising
 * one input with positive weight raises the result), equal to the input when all inputs are equal, and the exact
 * path agrees with the primitive fast path.
 */
class PowerMeanPropertyTest {

    private static final int CASES = 500;

    private static PowerMean mean(double order) {
        return order == -1 ? new HarmonicMean() : new GeneralisedMean();
    }

    private static MethodArguments arguments(double order) {
        return order == -1 ? PowerMeanTest.arguments("harmonic-mean", "nonPositive", "zero")
            : PowerMeanTest.arguments("generalised-mean", "r", Double.toString(order), "nonPositive", "zero");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-20, -3, -1, -0.5, 0, 0.5, 1, 2, 7})
    void monotoneInEachInput(double order) {
        SplittableRandom random = new SplittableRandom(16 + (long) (order * 10));
        PowerMean mean = mean(order);
        MethodArguments arguments = arguments(order);
        int strict = 0;
        for (int c = 0; c < CASES; c++) {
            int n = 1 + random.nextInt(8);
            double[] values = new double[n];
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(10) == 0 ? 0 : random.nextDouble(0.01, 100);
                weights[i] = random.nextDouble(0.1, 10);
            }
            double before = mean.with(arguments).aggregate(values.clone(), weights, n);
            int i = random.nextInt(n);
            double[] raised = values.clone();
            raised[i] += random.nextDouble(0.5, 20);
            double after = mean.with(arguments).aggregate(raised, weights, n);
            boolean zeroElsewhere = false;
            for (int j = 0; j < n; j++) {
                zeroElsewhere |= j != i && values[j] == 0 && order <= 0;
            }
            String what = "r " + order + ", case " + c + ": " + java.util.Arrays.toString(values) + " -> input " + i;
            if (zeroElsewhere) {
                assertEquals(0, after, 0, what + " (another input is 0: the result stays 0)");
            } else {
                // never lower (but for rounding in the last bit); strictly higher unless the change is below a
                // double's resolution (e.g. r = -20 and an input 10^4 times the smallest)
                assertTrue(after >= before * (1 - 4e-16), what + ": " + before + " -> " + after);
                strict += after > before * (1 + 1e-15) ? 1 : 0;
            }
        }
        assertTrue(strict > CASES / 4, "strictly higher in only " + strict + " of " + CASES + " cases");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-20, -3, -1, -0.5, 0, 0.5, 1, 2, 7})
    void equalInputsGiveThatInput(double order) {
        SplittableRandom random = new SplittableRandom(61 + (long) (order * 10));
        PowerMean mean = mean(order);
        MethodArguments arguments = arguments(order);
        for (int c = 0; c < CASES; c++) {
            int n = 1 + random.nextInt(8);
            double x = random.nextDouble(0.001, 1000);
            double[] values = new double[n];
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = x;
                weights[i] = random.nextDouble(0.1, 10);
            }
            assertEquals(x, mean.with(arguments).aggregate(values, weights, n), x * 1e-13, "r " + order + ", x " + x);
            assertEquals(x, mean.aggregate(PowerMeanTest.decimals(values), PowerMeanTest.decimals(weights), arguments)
                .doubleValue(), x * 1e-13, "exact path, r " + order + ", x " + x);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {-3, -1, 0, 0.5, 2})
    void theExactPathAgreesWithThePrimitive(double order) {
        SplittableRandom random = new SplittableRandom(7 + (long) (order * 10));
        PowerMean mean = mean(order);
        MethodArguments arguments = arguments(order);
        for (int c = 0; c < CASES; c++) {
            int n = 1 + random.nextInt(8);
            double[] values = random.doubles(n, 0.01, 100).toArray();
            double[] weights = random.doubles(n, 0.1, 10).toArray();
            double primitive = mean.with(arguments).aggregate(values.clone(), weights, n);
            double exact = mean.aggregate(PowerMeanTest.decimals(values), PowerMeanTest.decimals(weights), arguments)
                .doubleValue();
            assertEquals(primitive, exact, Math.abs(primitive) * 1e-15, "r " + order);
        }
    }
}
