package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-WEIGHT-02: a weighted mean needs weights. Weighted mean is the default method, so a rule that names no
 * method and gives no weights fires too. Fix: give the weights, or choose another method (e.g. mean).
 */
public final class FW_WEIGHT_02_WeightedMeanHasWeights extends Rule<AggregationRule> {

    /** The rule's code. */
    public static final String CODE = "FW-WEIGHT-02";

    /** The rule. */
    public FW_WEIGHT_02_WeightedMeanHasWeights() {
        super(CODE, Severity.ERROR, AggregationRule.class);
    }

    @Override
    protected void check(AggregationRule rule, Consumer<ModelDiagnostic> sink) {
        if (AggregationMethod.WEIGHTED_MEAN.is(rule.getMethod()) && rule.getWeights().isEmpty()) {
            report(sink, rule, FrameworkPackage.Literals.AGGREGATION_RULE__METHOD,
                "the method is weighted mean (the default), but no weights are given");
        }
    }
}
