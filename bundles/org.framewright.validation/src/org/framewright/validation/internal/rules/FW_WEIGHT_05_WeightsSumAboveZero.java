package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Weight;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-WEIGHT-05: a rule that gives weights (any method) shares its result by them, so they cannot all be 0: a
 * weighted mean would divide by zero and re-weighting after missing inputs has nothing to scale. Checked only when
 * every weight is a finite number (FW-WEIGHT-04 reports the others). Fix: give at least one part a share above 0,
 * or remove the weights.
 */
public final class FW_WEIGHT_05_WeightsSumAboveZero extends Rule<AggregationRule> {

    /** The rule's code. */
    public static final String CODE = "FW-WEIGHT-05";

    /** The rule. */
    public FW_WEIGHT_05_WeightsSumAboveZero() {
        super(CODE, Severity.ERROR, AggregationRule.class);
    }

    @Override
    protected void check(AggregationRule rule, Consumer<ModelDiagnostic> sink) {
        if (rule.getWeights().isEmpty()) {
            return;
        }
        double sum = 0;
        for (Weight weight : rule.getWeights()) {
            if (!Double.isFinite(weight.getPercent())) {
                return;
            }
            sum += weight.getPercent();
        }
        if (sum == 0) {
            report(sink, rule, FrameworkPackage.Literals.AGGREGATION_RULE__WEIGHTS, "its "
                + rule.getWeights().size() + " weights sum to 0 %, so there is no share to weigh the inputs by");
        }
    }
}
