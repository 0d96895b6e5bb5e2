package org.framewright.validation.internal.rules;

import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage;

/**
 * FW-NUM-06: an aggregation rule's minimum number of inputs is a count: 0 or more. Fix: the count the source
 * requires (0 means at least one).
 */
public final class FW_NUM_06_MinimumInputsNotNegative extends NumberRange<AggregationRule> {

    /** The rule's code. */
    public static final String CODE = "FW-NUM-06";

    /** The rule. */
    public FW_NUM_06_MinimumInputsNotNegative() {
        super(CODE, AggregationRule.class, FrameworkPackage.Literals.AGGREGATION_RULE__MINIMUM_INPUTS, 0, Double.POSITIVE_INFINITY,
            "fewer available inputs than this leave the node unscored; 0 means at least one");
    }
}
