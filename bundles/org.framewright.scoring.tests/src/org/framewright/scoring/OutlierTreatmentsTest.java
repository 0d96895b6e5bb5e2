package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.framewright.model.FrameworkFactory;
import org.framewright.model.OutlierTransform;
import org.framewright.model.OutlierTreatment;
import org.junit.jupiter.api.Test;

/**
 * The JRC outlier rule on small vectors, against skewness and kurtosis computed here another way (from the population
 * moments g1 = m3 / m2^1.5 and g2 = m4 / m2^2 - 3, adjusted as e1071's type 2: G1 = g1 sqrt(n(n - 1)) / (n - 2), G2 =
 * ((n + 1) g2 + 6)(n - 1) / ((n - 2)(n - 3))), and Box-Cox written out.
 */
class OutlierTreatmentsTest {

    static double g1(double[] x) {
        double n = x.length;
        double mean = Arrays.stream(x).average().orElseThrow();
        double m2 = Arrays.stream(x).map(v -> Math.pow(v - mean, 2)).sum() / n;
        double m3 = Arrays.stream(x).map(v -> Math.pow(v - mean, 3)).sum() / n;
        return m3 / Math.pow(m2, 1.5) * Math.sqrt(n * (n - 1)) / (n - 2);
    }

    static double g2(double[] x) {
        double n = x.length;
        double mean = Arrays.stream(x).average().orElseThrow();
        double m2 = Arrays.stream(x).map(v -> Math.pow(v - mean, 2)).sum() / n;
        double m4 = Arrays.stream(x).map(v -> Math.pow(v - mean, 4)).sum() / n;
        return ((n + 1) * (m4 / (m2 * m2) - 3) + 6) * (n - 1) / ((n - 2) * (n - 3));
    }

    static OutlierTreatment treatment(int limit, OutlierTransform transform, double lambda) {
        OutlierTreatment treatment = FrameworkFactory.eINSTANCE.createOutlierTreatment();
        treatment.setId("tr");
        treatment.setWinsorisationLimit(limit);
        treatment.setTransform(transform);
        treatment.setLambda(lambda);
        return treatment;
    }

    static List<Double> list(double... values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    static double[] array(List<Double> values) {
        return values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
    }

    static List<String> councils(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("C" + i);
        }
        return ids;
    }

    // 1..10, 30, 100: SKEW 3.063241, KURT 9.741391 (both over 2 and 3.5)
    static final double[] TWO_OUTLIERS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100};

    @Test
    void skewnessAndKurtosisAreSpreadsheetsSkewAndKurt() {
        assertEquals(3.0632410342394985, OutlierTreatments.skewness(TWO_OUTLIERS), 1e-12);
        assertEquals(9.74139083456914, OutlierTreatments.kurtosis(TWO_OUTLIERS), 1e-11);
        double[] skewed = {2, 3, 3, 5, 8, 13, 21, 34};
        assertEquals(g1(skewed), OutlierTreatments.skewness(skewed), 1e-12);
        assertEquals(g2(skewed), OutlierTreatments.kurtosis(skewed), 1e-12);
        assertNull(OutlierTreatments.kurtosis(new double[] {1, 2, 3}));
        assertNull(OutlierTreatments.skewness(new double[] {4, 4, 4, 4}));
    }

    @Test
    void oneWinsorisedPointBringsTwoOutliersWithinTheThresholds() {
        // skewness >= 0: the highest value 100 takes the next one down, 30; then SKEW 1.712 and KURT 1.816 pass
        OutlierTreatments.Treated treated = OutlierTreatments.treat(treatment(5, OutlierTransform.LOG, 0), "X",
            councils(12), list(TWO_OUTLIERS));
        double[] expected = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 30};
        assertEquals(list(expected), treated.values());
        assertEquals("winsorised", treated.outcome());
        assertEquals("winsorised (tr): 100 -> 30", treated.changes().get(11));
        assertEquals(11, treated.changes().stream().filter(c -> c == null).count());
        assertEquals(1.712038060089051, g1(expected), 1e-12);
        assertEquals(1.8157805377242038, g2(expected), 1e-12);
        assertTrue(treated.summary().contains("1 point winsorised (C11): skewness 1.712038, kurtosis 1.815781"),
            treated.summary());
    }

    @Test
    void negativeSkewWinsorisesTheLowEndAndMissingValuesStayMissing() {
        List<Double> values = new ArrayList<>();
        for (double v : TWO_OUTLIERS) {
            values.add(-v);
        }
        values.add(3, null);
        OutlierTreatments.Treated treated = OutlierTreatments.treat(treatment(5, OutlierTransform.NONE, 0), "X",
            councils(13), values);
        assertNull(treated.values().get(3));
        assertEquals(-30, treated.values().get(12));
        assertEquals("winsorised (tr): -100 -> -30", treated.changes().get(12));
        assertEquals(-g1(array(treated.values())), 1.712038060089051, 1e-12);
    }

    @Test
    void whenTheLimitIsNotEnoughTheDataAreTransformedInstead() {
        // thresholds 1 and 1: after one point (the limit) SKEW 1.712 and KURT 1.816 still exceed them
        OutlierTreatment log = treatment(1, OutlierTransform.LOG, 0);
        log.setSkewnessThreshold(1);
        log.setKurtosisThreshold(1);
        OutlierTreatments.Treated treated = OutlierTreatments.treat(log, "X", councils(12), list(TWO_OUTLIERS));
        assertEquals("log", treated.outcome());
        double[] logs = Arrays.stream(TWO_OUTLIERS).map(Math::log).toArray();
        for (int i = 0; i < logs.length; i++) {
            assertEquals(logs[i], treated.values().get(i), 1e-15);
        }
        assertTrue(treated.summary().endsWith("skewness " + ScoreFormat.format(g1(logs)) + ", kurtosis "
            + ScoreFormat.format(g2(logs))), treated.summary());
        assertEquals("log-transformed (tr): 100 -> 4.60517", treated.changes().get(11));

        OutlierTreatment boxCox = treatment(1, OutlierTransform.BOX_COX, 0.25);
        boxCox.setSkewnessThreshold(1);
        boxCox.setKurtosisThreshold(1);
        treated = OutlierTreatments.treat(boxCox, "X", councils(12), list(TWO_OUTLIERS));
        assertEquals("box-cox", treated.outcome());
        for (int i = 0; i < TWO_OUTLIERS.length; i++) {
            assertEquals((Math.pow(TWO_OUTLIERS[i], 0.25) - 1) / 0.25, treated.values().get(i), 1e-14);
        }

        OutlierTreatment none = treatment(1, OutlierTransform.NONE, 0);
        none.setSkewnessThreshold(1);
        none.setKurtosisThreshold(1);
        treated = OutlierTreatments.treat(none, "X", councils(12), list(TWO_OUTLIERS));
        assertEquals("still over", treated.outcome());
        assertEquals(30, treated.values().get(11));
    }

    @Test
    void aLimitOfZeroTransformsStraightAway() {
        // powers of two: SKEW 2.769, KURT 7.915; their logs are evenly spaced: skewness 0, kurtosis -1.2
        double[] powers = new double[16];
        for (int k = 0; k < 16; k++) {
            powers[k] = Math.pow(2, k);
        }
        OutlierTreatments.Treated treated = OutlierTreatments.treat(treatment(0, OutlierTransform.LOG, 0), "X",
            councils(16), list(powers));
        assertEquals(0, OutlierTreatments.skewness(array(treated.values())), 1e-12);
        assertEquals(-1.2, OutlierTreatments.kurtosis(array(treated.values())), 1e-12);
        assertTrue(treated.summary().contains("0 points winsorised left skewness 2.768865, kurtosis 7.914707"),
            treated.summary());
    }

    @Test
    void withinTheThresholdsNothingChanges() {
        OutlierTreatments.Treated treated = OutlierTreatments.treat(treatment(5, OutlierTransform.LOG, 0), "X",
            councils(7), list(1, 2, 3, 4, 5, 6, 9));
        assertEquals("passed", treated.outcome());
        assertEquals(list(1, 2, 3, 4, 5, 6, 9), treated.values());
        // 1, 2, 3, 4, 50: SKEW 2.22, KURT 4.94: over both, treated
        assertEquals("winsorised", OutlierTreatments.treat(treatment(5, OutlierTransform.LOG, 0), "X", councils(5),
            list(1, 2, 3, 4, 50)).outcome());
    }

    @Test
    void aLogOfAValueThatIsNotPositiveRefusesTheRunNamingTheCouncil() {
        double[] withZero = TWO_OUTLIERS.clone();
        withZero[0] = 0;
        ScoringException refused = assertThrows(ScoringException.class, () -> OutlierTreatments.treat(
            treatment(0, OutlierTransform.LOG, 0), "2D1", councils(12), list(withZero)));
        assertEquals("treatment tr of indicator 2D1: the log transform needs positive values, but council C0 has 0",
            refused.getMessage());
    }
}
