package org.framewright.validation.internal.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.ScoringScheme;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * FW-AGG-02: within a scheme, each area (and the overall result) is computed by one aggregation rule; a second
 * rule makes the result depend on rule order. Fix: remove the area from one of the rules.
 */
public final class FW_AGG_02_OneRulePerNode extends Rule<ScoringScheme> {

    /** The rule's code. */
    public static final String CODE = "FW-AGG-02";

    /** The rule. */
    public FW_AGG_02_OneRulePerNode() {
        super(CODE, Severity.ERROR, ScoringScheme.class);
    }

    @Override
    protected void check(ScoringScheme scheme, Consumer<ModelDiagnostic> sink) {
        Map<Area, AggregationRule> computedBy = new HashMap<>();
        AggregationRule overall = null;
        for (AggregationRule rule : scheme.getAggregations()) {
            for (Area area : rule.getAreas()) {
                AggregationRule first = computedBy.putIfAbsent(area, rule);
                if (first != null && first != rule) {
                    report(sink, rule, FrameworkPackage.Literals.AGGREGATION_RULE__AREAS, "computes area "
                        + ElementNames.ref(area) + ", which aggregation rule " + ElementNames.ref(first)
                        + " of the same scheme computes already");
                }
            }
            if (rule.isOverall()) {
                if (overall != null) {
                    report(sink, rule, FrameworkPackage.Literals.AGGREGATION_RULE__OVERALL,
                        "computes the overall result, which aggregation rule " + ElementNames.ref(overall)
                            + " of the same scheme computes already");
                } else {
                    overall = rule;
                }
            }
        }
    }
}
