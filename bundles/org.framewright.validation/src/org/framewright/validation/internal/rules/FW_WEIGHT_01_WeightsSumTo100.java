package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-WEIGHT-01: the weights of a weighted-mean rule are percentages of the whole, so they must sum to 100 (within
 * 1e-9). Fix: correct the weights (CSCI: 40 + 4 x 15).
 */
public final class FW_WEIGHT_01_WeightsSumTo100 extends Rule<AggregationRule> {

    /** The rule's code. */
    public static final String CODE = "FW-WEIGHT-01";

    /** The rule. */
    public FW_WEIGHT_01_WeightsSumTo100() {
        super(CODE, Severity.ERROR, AggregationRule.class);
    }

    @Override
    protected void check(AggregationRule rule, Consumer<ModelDiagnostic> sink) {
        if (!AggregationMethod.WEIGHTED_MEAN.is(rule.getMethod()) || rule.getWeights().isEmpty()) {
            return;
        }
        double sum = new AggregationRuleQuery(rule).weightSum();
        if (!AggregationRuleQuery.isWhole(sum)) {
            report(sink, rule, FrameworkPackage.Literals.AGGREGATION_RULE__WEIGHTS,
                "weights sum to " + SchemeQueries.number(sum) + " %, not 100 %");
        }
    }
}
