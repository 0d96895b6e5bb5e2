package org.framewright.validation.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Banding;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.InputSelection;
import org.framewright.model.InputValue;
import org.framewright.model.ModelElement;
import org.framewright.model.ScoringScheme;
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
        ScoringScheme scheme = SchemeQueries.scheme(rule);
        Framework framework = SchemeQueries.framework(rule);
        if (rule.getInputValue() != InputValue.LEVEL_VALUE || scheme == null || framework == null) {
            return;
        }
        // what the scheme rates, gathered once: a rule over many inputs must not search the scheme per input
        Set<Area> ratedAreas = SchemeQueries.ratedAreas(scheme);
        Set<Indicator> bandedIndicators = bandedIndicators(scheme);
        List<String> unrated = new ArrayList<>();
        for (EObject input : inputs(rule, framework)) {
            boolean rated = input instanceof Area area ? ratedAreas.contains(area)
                : bandedIndicators.contains((Indicator) input);
            if (!rated) {
                unrated.add(((ModelElement) input).getId());
            }
        }
        if (!unrated.isEmpty()) {
            report(sink, rule, FrameworkPackage.Literals.AGGREGATION_RULE__INPUT_VALUE, "aggregates level values, but "
                + "these inputs get no level in the scheme: " + String.join(", ", unrated));
        }
    }

    /** The areas or indicators whose levels the rule aggregates (none for data inputs such as groups). */
    private static Set<EObject> inputs(AggregationRule rule, Framework framework) {
        Set<EObject> inputs = new LinkedHashSet<>();
        List<Area> nodes = rule.isOverall() ? framework.getAreas() : rule.getAreas();
        InputSelection selection = rule.getInputs();
        for (Area node : nodes) {
            if (selection == InputSelection.CHILDREN) {
                inputs.addAll(rule.isOverall() ? List.of(node) : node.getChildren());
            } else if (selection == InputSelection.LEAF_AREAS) {
                addLeaves(node, inputs);
            } else if (selection == InputSelection.INDICATORS) {
                inputs.addAll(node.getIndicators());
            }
        }
        return inputs;
    }

    private static void addLeaves(Area area, Set<EObject> leaves) {
        if (area.getChildren().isEmpty()) {
            leaves.add(area);
        }
        for (Area child : area.getChildren()) {
            addLeaves(child, leaves);
        }
    }

    private static Set<Indicator> bandedIndicators(ScoringScheme scheme) {
        Set<Indicator> banded = new HashSet<>();
        for (IndicatorRule indicatorRule : scheme.getIndicatorRules()) {
            if (indicatorRule.getBanding() != null) {
                banded.addAll(SchemeQueries.indicatorsOf(indicatorRule));
            }
        }
        return banded;
    }

    /** The inputs' structure and the rules and bandings that rate them. */
    @Override
    public List<Class<? extends EObject>> inputs() {
        return List.of(Area.class, AggregationRule.class, IndicatorRule.class, Banding.class);
    }
}
