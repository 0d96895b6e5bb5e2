package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-AGG-01: an aggregation rule computes either the areas it names or, when {@code overall} is true, the overall
 * result; one that does neither computes nothing, one that does both is ambiguous. Fix: name the areas or set
 * overall, not both.
 */
public final class FW_AGG_01_RuleNamesNodes extends Rule<AggregationRule> {

    /** The rule's code. */
    public static final String CODE = "FW-AGG-01";

    /** The rule. */
    public FW_AGG_01_RuleNamesNodes() {
        super(CODE, Severity.ERROR, AggregationRule.class);
    }

    @Override
    protected void check(AggregationRule rule, Consumer<ModelDiagnostic> sink) {
        if (rule.getAreas().isEmpty() && !rule.isOverall()) {
            report(sink, rule, FrameworkPackage.Literals.AGGREGATION_RULE__AREAS,
                "names no area and is not the overall rule, so it computes nothing");
        } else if (!rule.getAreas().isEmpty() && rule.isOverall()) {
            report(sink, rule, FrameworkPackage.Literals.AGGREGATION_RULE__OVERALL,
                "names areas and is also the overall rule; a rule computes one or the other");
        }
    }
}
