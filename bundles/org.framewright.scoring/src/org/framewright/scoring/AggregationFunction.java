package org.framewright.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The implementation of an aggregation method contributed to {@code org.framewright.scoring.methods}: the score of
 * a node from the scores of its inputs present (the engine has applied the missing-data policy). Stateless: one
 * instance serves every rule and thread.
 */
public interface AggregationFunction {

    /**
     * The aggregate, exact where the method allows (see {@code Decimals} in the engine: 34 significant digits).
     *
     * @param values the inputs' scores, not empty
     * @param weights the inputs' weights in percent, same size (1 each unless the rule is a weighted mean)
     * @param arguments the rule's maximum and parameter values
     */
    BigDecimal aggregate(List<BigDecimal> values, List<BigDecimal> weights, MethodArguments arguments);

    /**
     * Why the method cannot aggregate these inputs at all (the node stays unscored, with this note), or null; asked
     * before {@link #aggregate} with the same inputs.
     */
    default String impossible(List<BigDecimal> values, List<BigDecimal> weights, MethodArguments arguments) {
        return null;
    }

    /** The share of the result (percent) of each input, or nulls when the method does not weight its inputs. */
    default List<Double> effectiveWeights(List<BigDecimal> weights) {
        List<Double> none = new ArrayList<>();
        weights.forEach(w -> none.add(null));
        return none;
    }
}
