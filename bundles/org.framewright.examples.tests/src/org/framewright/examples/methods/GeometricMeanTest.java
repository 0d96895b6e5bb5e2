package org.framewright.examples.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.framewright.scoring.MethodArguments;
import org.junit.jupiter.api.Test;

/** The arithmetic of {@code geometric-mean}, exact and primitive. */
class GeometricMeanTest {

    private final GeometricMean mean = new GeometricMean();

    @Test
    void theGeometricMeanOfFourAndNineIsSix() {
        assertEquals(6.0, mean.aggregate(new double[] {4, 9}, new double[] {1, 1}, 2), 1e-12);
        assertEquals(0, new BigDecimal("6").compareTo(mean.aggregate(decimals(4, 9), decimals(1, 1),
            MethodArguments.ofMaximum(0)).setScale(10, java.math.RoundingMode.HALF_UP)));
    }

    @Test
    void anInputOfZeroMakesTheResultZero() {
        assertEquals(0.0, mean.aggregate(new double[] {50, 0, 80}, new double[] {1, 1, 1}, 3));
    }

    @Test
    void weightsAreExponents() {
        // 2^(3/4) x 32^(1/4) = 2^(3/4 + 5/4) = 4
        assertEquals(4.0, mean.aggregate(new double[] {2, 32}, new double[] {75, 25}, 2), 1e-12);
    }

    @Test
    void onlyTheFirstCountValuesCount() {
        assertEquals(3.0, mean.aggregate(new double[] {3, 3, 1000}, new double[] {1, 1, 1}, 2), 1e-12);
    }

    @Test
    void aNegativeInputIsRefusedWithAReason() {
        assertNotNull(mean.impossible(decimals(-1, 4), decimals(1, 1), MethodArguments.ofMaximum(0)));
        assertNull(mean.impossible(decimals(0, 4), decimals(1, 1), MethodArguments.ofMaximum(0)));
    }

    private static List<BigDecimal> decimals(double... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }
}
