package org.framewright.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An aggregation method whose result for one council depends on the other councils' inputs of the same node (e.g.
 * Copeland's pairwise outranking). Its contribution's {@code class} implements {@link AggregationFunction} too (the
 * extension point's contract); the engine sees this interface and gives it every council's inputs of the node at
 * once instead of calling {@link AggregationFunction#aggregate} per council. Councils whose node is given directly,
 * fails its missing-data policy or has fewer than the rule's minimum inputs take no part. Such a method has no
 * per-council primitive, so the simulation scores it on the general path.
 */
public interface ComparativeAggregation {

    /**
     * One council's result and the sentence of its arithmetic for the breakdown.
     *
     * @param score the aggregate, null when the council cannot be scored
     * @param step the arithmetic written out, or why it is unscored
     */
    record Outcome(BigDecimal score, String step) {
    }

    /**
     * The aggregate of each council.
     *
     * @param inputs per council taking part, in council order: the inputs present (after the missing-data policy),
     *            source id (child area, indicator, group or category) to value
     * @param weights each source's weight (the rule's weights when it gives any, else 1 each)
     * @param arguments the rule's parameter values
     * @return one outcome per council, in the order of {@code inputs}
     */
    List<Outcome> aggregateAcross(List<Map<String, BigDecimal>> inputs, Map<String, BigDecimal> weights,
        MethodArguments arguments);
}
