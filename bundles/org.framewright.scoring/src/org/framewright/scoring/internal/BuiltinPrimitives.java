package org.framewright.scoring.internal;

import java.util.Arrays;

import org.framewright.model.AggregationMethod;
import org.framewright.scoring.PrimitiveAggregation;

/** The primitive (fast-path) implementations of the built-in aggregations the simulation kernel computes. */
final class BuiltinPrimitives {

    private BuiltinPrimitives() {
    }

    /** The primitive of a built-in, or null when the fast path does not compute it (sum, percent of maximum, matrix). */
    static PrimitiveAggregation of(AggregationMethod method) {
        if (method == null) {
            return null;
        }
        return switch (method) {
            case WEIGHTED_MEAN -> BuiltinPrimitives::weightedMean;
            case MEAN -> (values, weights, count) -> mean(values, count);
            case MEDIAN -> (values, weights, count) -> {
                Arrays.sort(values, 0, count);
                return count % 2 == 1 ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2;
            };
            case MINIMUM -> (values, weights, count) -> {
                double min = values[0];
                for (int i = 1; i < count; i++) {
                    min = Math.min(min, values[i]);
                }
                return min;
            };
            case MAXIMUM -> (values, weights, count) -> {
                double max = values[0];
                for (int i = 1; i < count; i++) {
                    max = Math.max(max, values[i]);
                }
                return max;
            };
            default -> null;
        };
    }

    private static double weightedMean(double[] values, double[] weights, int count) {
        double total = 0;
        double weight = 0;
        for (int i = 0; i < count; i++) {
            total += values[i] * weights[i];
            weight += weights[i];
        }
        return weight == 0 ? Double.NaN : total / weight;
    }

    private static double mean(double[] values, int count) {
        double total = 0;
        for (int i = 0; i < count; i++) {
            total += values[i];
        }
        return total / count;
    }
}
