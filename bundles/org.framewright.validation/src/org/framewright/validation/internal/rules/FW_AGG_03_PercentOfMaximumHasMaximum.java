package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-AGG-03: percent of maximum divides by {@code maximum} x inputs scored, so the maximum must be above 0.
 * Fix: set maximum to the most one input can score (4 for CQC scores).
 */
public final class FW_AGG_03_PercentOfMaximumHasMaximum extends Rule<AggregationRule> {

    /** The rule's code. */
    public static final String CODE = "FW-AGG-03";

    /** The rule. */
    public FW_AGG_03_PercentOfMaximumHasMaximum() {
        super(CODE, Severity.ERROR, AggregationRule.class);
    }

    @Override
    protected void check(AggregationRule rule, Consumer<ModelDiagnostic> sink) {
        if (AggregationMethod.PERCENT_OF_MAXIMUM.is(rule.getMethod()) && !(rule.getMaximum() > 0)) {
            report(sink, rule, FrameworkPackage.Literals.AGGREGATION_RULE__MAXIMUM,
                "the method is percent of maximum, but maximum is " + SchemeQueries.number(rule.getMaximum())
                    + "; it must be the most one input can score (above 0)");
        }
    }
}
