package org.framewright.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.framewright.model.AggregationMethod;
import org.junit.jupiter.api.Test;

/** The numeric aggregation methods in exact decimals. */
class AggregationTest {

    private static List<BigDecimal> decimals(double... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void weightedMeanDividesByTheWeightsPresent() {
        // OP 3 (40), CAR 3, LD 2, PSD 2 (15 each), MH missing: 225 / 85
        BigDecimal mean = Aggregation.WEIGHTED_MEAN.aggregate(decimals(3, 3, 2, 2), decimals(40, 15, 15, 15), 0);
        assertEquals(new BigDecimal("2.647058823529411764705882352941176"), mean);
        List<Double> weights = Aggregation.WEIGHTED_MEAN.effectiveWeights(decimals(40, 15, 15, 15));
        assertEquals(4000 / 85.0, weights.get(0), 1e-12);
        assertEquals(1500 / 85.0, weights.get(3), 1e-12);
        assertEquals(100.0, weights.stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    }

    @Test
    void weightedMeanOfDecimalWeightsIsExact() {
        // 0.4*4 + 0.15*1 + 0.15*1 + 0.15*2 + 0.15*2 is 2.4999999999999996 in doubles, exactly 2.5 here
        assertEquals(0, new BigDecimal("2.5").compareTo(
            Aggregation.WEIGHTED_MEAN.aggregate(decimals(4, 1, 1, 2, 2), decimals(0.4, 0.15, 0.15, 0.15, 0.15), 0)));
    }

    @Test
    void meanMedianMinimumMaximumSum() {
        List<BigDecimal> values = decimals(3, 1, 4, 2);
        assertEquals(0, new BigDecimal("2.5").compareTo(Aggregation.MEAN.aggregate(values, decimals(1, 1, 1, 1), 0)));
        assertEquals(0, new BigDecimal("2.5").compareTo(Aggregation.MEDIAN.aggregate(values, null, 0)));
        assertEquals(0, new BigDecimal("3").compareTo(Aggregation.MEDIAN.aggregate(decimals(3, 1, 4), null, 0)));
        assertEquals(0, BigDecimal.ONE.compareTo(Aggregation.MINIMUM.aggregate(values, null, 0)));
        assertEquals(0, new BigDecimal("4").compareTo(Aggregation.MAXIMUM.aggregate(values, null, 0)));
        assertEquals(0, BigDecimal.TEN.compareTo(Aggregation.SUM.aggregate(values, null, 0)));
    }

    @Test
    void percentOfMaximumHitsTheCqcBoundaries() {
        assertEquals(0, new BigDecimal("87.5").compareTo(Aggregation.PERCENT_OF_MAXIMUM.aggregate(decimals(4, 4, 3, 3), null, 4)));
        assertEquals(0, new BigDecimal("37.5").compareTo(Aggregation.PERCENT_OF_MAXIMUM.aggregate(decimals(1, 2, 2, 1, 2, 1), null, 4)));
        assertEquals("38.88888888888888888888888888888889",
            Aggregation.PERCENT_OF_MAXIMUM.aggregate(decimals(1, 1, 1, 1, 2, 2, 2, 2, 2), null, 4).toPlainString());
    }

    @Test
    void everyNumericModelMethodHasAStrategy() {
        for (AggregationMethod method : AggregationMethod.values()) {
            assertEquals(method == AggregationMethod.MATRIX, Aggregation.of(method.id()) == null, method.id());
        }
    }
}
