package org.framewright.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Banding;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.InputValue;
import org.framewright.model.ModelElement;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.model.query.ElementQuery;
import org.framewright.model.query.SchemeQuery;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-AGG-04: a rule that aggregates its inputs' level values ({@code inputValue = level value}) needs inputs that
 * have levels: child or leaf areas that a rule of the scheme rates on a scale or banding, or indicators that an
 * indicator rule of the scheme bands. Fix: give the input rules a scale or banding, or aggregate scores instead.
 */
public final class FW_AGG_04_LevelValueInputsAreRated extends Rule<AggregationRule> {

    /** The rule's code. */
    public static final String CODE = "FW-AGG-04";

    /** The rule. */
    public FW_AGG_04_LevelValueInputsAreRated() {
        super(CODE, Severity.ERROR, AggregationRule.class);
    }

    @Override
    protected void check(AggregationRule rule, Consumer<ModelDiagnostic> sink) {
        ScoringScheme scheme = new ElementQuery(rule).scheme();
        if (rule.getInputValue() != InputValue.LEVEL_VALUE || scheme == null) {
            return;
        }
        // what the scheme rates, gathered once: a rule over many inputs must not search the scheme per input
        SchemeQuery schemeQuery = new SchemeQuery(scheme);
        Set<Area> ratedAreas = schemeQuery.ratedAreas();
        Set<Indicator> bandedIndicators = schemeQuery.bandedIndicators();
        List<String> unrated = new ArrayList<>();
        for (ModelElement input : new AggregationRuleQuery(rule).inputs()) {
            // data parts (groups, evidence categories) get no level from the scheme: only areas and indicators do
            boolean unratedArea = input instanceof Area area && !ratedAreas.contains(area);
            boolean unbandedIndicator = input instanceof Indicator indicator && !bandedIndicators.contains(indicator);
            if (unratedArea || unbandedIndicator) {
                unrated.add(input.getId());
            }
        }
        if (!unrated.isEmpty()) {
            report(sink, rule, FrameworkPackage.Literals.AGGREGATION_RULE__INPUT_VALUE, "aggregates level values, but "
                + "these inputs get no level in the scheme: " + String.join(", ", unrated));
        }
    }

    /** The inputs' structure and the rules and bandings that rate them. */
    @Override
    public List<Class<? extends EObject>> inputs() {
        return List.of(Area.class, AggregationRule.class, IndicatorRule.class, Banding.class);
    }
}
