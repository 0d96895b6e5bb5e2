package org.framewright.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Descriptive statistics against cases worked by hand. */
class DescriptivesTest {

    @Test
    void fiveValuesWithOneFarOut() {
        // mean 4; deviations -3 -2 -1 0 6; s^2 = 50 / 4 = 12.5; sum d^3 = 180; sum d^4 = 1394
        Descriptives d = Descriptives.of(new double[] {10, 2, 4, 1, 3});
        assertEquals(5, d.count());
        assertEquals(4, d.mean(), 1e-12);
        assertEquals(3, d.median(), 1e-12);
        assertEquals(1, d.min(), 0);
        assertEquals(10, d.max(), 0);
        // SKEW = 5 / (4 x 3) x 180 / 12.5^1.5 = 1.2 x sqrt(2)
        assertEquals(1.2 * Math.sqrt(2), d.skewness(), 1e-12);
        // KURT = 5 x 6 / (4 x 3 x 2) x 1394 / 156.25 - 3 x 16 / (3 x 2) = 11.152 - 8
        assertEquals(3.152, d.kurtosis(), 1e-12);
        // quartiles (QUARTILE.INC) 2 and 4: fences 2 - 3 = -1 and 4 + 3 = 7
        assertEquals(-1, d.lowerFence(), 1e-12);
        assertEquals(7, d.upperFence(), 1e-12);
        assertTrue(d.isOutlier(10));
        assertFalse(d.isOutlier(1));
        assertFalse(d.skewKurtosisOutlier(), "skew 1.7 is not above 2");
    }

    @Test
    void evenCountTakesTheMeanOfTheMiddleValues() {
        Descriptives d = Descriptives.of(new double[] {4, 1, 3, 2});
        assertEquals(2.5, d.median(), 1e-12);
        assertEquals(0, d.skewness(), 1e-12);
        // deviations +-0.5, +-1.5: s^2 = 5 / 3; sum (d/s)^4 = (2 x 0.0625 + 2 x 5.0625) x 9 / 25 = 3.69
        assertEquals(4 * 5.0 / (3 * 2 * 1) * 3.69 - 3 * 9.0 / (2 * 1), d.kurtosis(), 1e-12);
    }

    @Test
    void tooFewValuesGiveNoShape() {
        Descriptives two = Descriptives.of(new double[] {1, 2});
        assertTrue(Double.isNaN(two.skewness()));
        assertTrue(Double.isNaN(two.kurtosis()));
        assertEquals(1.5, two.mean(), 0);
        Descriptives none = Descriptives.of(new double[0]);
        assertEquals(0, none.count());
        assertTrue(Double.isNaN(none.mean()));
    }

    @Test
    void aHeavyTailTripsTheJrcRule() {
        double[] values = new double[20];
        for (int i = 0; i < 19; i++) {
            values[i] = i % 3;
        }
        values[19] = 40;
        Descriptives d = Descriptives.of(values);
        assertTrue(d.skewness() > 2 && d.kurtosis() > 3.5, d.toString());
        assertTrue(d.skewKurtosisOutlier());
    }
}
