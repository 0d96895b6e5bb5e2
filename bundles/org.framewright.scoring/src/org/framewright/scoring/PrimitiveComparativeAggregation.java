package org.framewright.scoring;

/**
 * The fast path of a {@link ComparativeAggregation} (a method whose result for one council depends on the other
 * councils' inputs of the node, e.g. Copeland's pairwise outranking) for the Monte Carlo simulation: every council's
 * result at once, from primitive arrays, with no allocation per call (it runs once per node and draw). The same
 * arithmetic as {@link ComparativeAggregation#aggregateAcross}, with the same answer. Stateless and thread-safe.
 * A contribution's {@code primitive} may implement this interface instead of {@link PrimitiveAggregation}; plugins
 * whose primitives implement {@link PrimitiveAggregation} are unaffected.
 */
public interface PrimitiveComparativeAggregation {

    /**
     * Each council's aggregate into {@code results[0..councils)}.
     *
     * @param values input-major, so a loop over councils runs along the array: council c's input i is
     *            {@code values[i * councils + c]}, NaN when c does not have it; a council with no input present takes
     *            no part (the engine leaves it unscored) and its result must be NaN
     * @param inputs the number of inputs of the node (the same for every council)
     * @param councils the number of councils
     * @param weights each input's weight, {@code weights[0..inputs)} (the rule's weights when it gives any, else 1)
     * @param results receives each council's aggregate, NaN for a council left unscored
     * @param scratch at least {@code councils} doubles the method may overwrite
     */
    void aggregateAcross(double[] values, int inputs, int councils, double[] weights, double[] results,
        double[] scratch);

    /**
     * This method with a rule's parameter values bound, for a kernel that computes that rule; the default, for a
     * method without parameters, is this instance. Called once per rule, never per draw.
     */
    default PrimitiveComparativeAggregation with(MethodArguments arguments) {
        return this;
    }
}
