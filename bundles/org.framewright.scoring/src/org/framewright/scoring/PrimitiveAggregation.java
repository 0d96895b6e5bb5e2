package org.framewright.scoring;

/**
 * The fast path of an aggregation method for the Monte Carlo simulation: the same arithmetic as its
 * {@link AggregationFunction} over doubles, with no allocation per call (it runs millions of times per run).
 * Stateless and thread-safe.
 */
public interface PrimitiveAggregation {

    /**
     * The aggregate of {@code values[0..count)} with {@code weights[0..count)} (weights only matter to weighted
     * methods); the inputs are present (no NaN) and {@code count > 0}. May reorder {@code values} in place.
     */
    double aggregate(double[] values, double[] weights, int count);

    /**
     * This method with a rule's parameter values bound (e.g. the order of a generalised mean), for a kernel that
     * computes that rule; the default, for a method without parameters, is this instance. Called once per rule,
     * never per draw.
     */
    default PrimitiveAggregation with(MethodArguments arguments) {
        return this;
    }
}
