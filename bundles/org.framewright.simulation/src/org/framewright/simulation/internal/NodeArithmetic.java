package org.framewright.simulation.internal;

import java.util.Arrays;

import org.framewright.model.AggregationMethod;

/**
 * The arithmetic of one fast-path node over primitive arrays: weighted mean (a mean is a weighted mean of equal
 * weights), median (the mean of the two middle values for an even count), minimum and maximum. Missing inputs
 * (NaN) are left out and the rest re-weighted; a node without inputs (or with zero total weight) is NaN.
 */
final class NodeArithmetic {

    static final int WEIGHTED_MEAN = 0;
    static final int MEDIAN = 1;
    static final int MINIMUM = 2;
    static final int MAXIMUM = 3;
    /** A plugin's method, computed by its {@code PrimitiveAggregation}. */
    static final int PRIMITIVE = 4;

    private NodeArithmetic() {
    }

    /** The code of a method the fast path computes (null: a plugin's, on its primitive); others are not fast-path material. */
    static int code(AggregationMethod method) {
        if (method == null) {
            return PRIMITIVE;
        }
        return switch (method) {
            case WEIGHTED_MEAN, MEAN -> WEIGHTED_MEAN;
            case MEDIAN -> MEDIAN;
            case MINIMUM -> MINIMUM;
            case MAXIMUM -> MAXIMUM;
            default -> throw new IllegalArgumentException("the fast path cannot aggregate by " + method);
        };
    }

    /** True when the fast path can compute {@code method}. */
    static boolean supports(AggregationMethod method) {
        return switch (method) {
            case WEIGHTED_MEAN, MEAN, MEDIAN, MINIMUM, MAXIMUM -> true;
            default -> false;
        };
    }

    /** The median, minimum or maximum of {@code values[0..count)} (sorted in place); NaN when count is 0. */
    static double orderStatistic(int method, int count, double[] values) {
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(values, 0, count);
        return switch (method) {
            case MEDIAN -> count % 2 == 1 ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2;
            case MINIMUM -> values[0];
            default -> values[count - 1];
        };
    }
}
