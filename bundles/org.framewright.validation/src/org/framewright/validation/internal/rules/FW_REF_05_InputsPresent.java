package org.framewright.validation.internal.rules;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.InputSelection;
import org.framewright.model.Limiter;
import org.framewright.model.ModelElement;
import org.framewright.model.RuleMatrix;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.model.query.ElementQuery;
import org.framewright.model.query.SchemeQuery;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * FW-REF-05: every structural scoring input a rule needs is there and scored by its scheme: an area (or the overall
 * result) aggregated from its children or leaf areas has some, each computed by an aggregation rule of the scheme;
 * the matrix's row and column nodes and a limiter's condition (an area, or an indicator scored by an indicator rule)
 * are scored by the scheme. Otherwise the input is missing for every council, and scoring would silently re-weight
 * or leave the node unscored (e.g. after a child area was deleted from the rule that computed it). Indicator inputs
 * are not checked: a new indicator may have no data or rule yet, and the rule's missing-data policy says what
 * happens then. Fix: add the input or a rule that scores it.
 */
public final class FW_REF_05_InputsPresent extends Rule<AggregationRule> {

    /** The rule's code. */
    public static final String CODE = "FW-REF-05";

    /** The rule. */
    public FW_REF_05_InputsPresent() {
        super(CODE, Severity.ERROR, AggregationRule.class);
    }

    /** Reads the area tree and which rules of the scheme score which area or indicator. */
    @Override
    public List<Class<? extends EObject>> inputs() {
        return List.of(Area.class, AggregationRule.class, IndicatorRule.class);
    }

    @Override
    protected void check(AggregationRule rule, Consumer<ModelDiagnostic> sink) {
        ScoringScheme scheme = new ElementQuery(rule).scheme();
        if (scheme == null || new ElementQuery(rule).framework() == null) {
            return;
        }
        // indicators, groups, evidence categories and direct values may legitimately lack data or a rule (a new
        // indicator without data yet); the rule's missing-data policy then says what happens
        String kind = switch (rule.getInputs()) {
            case CHILDREN -> "child areas";
            case LEAF_AREAS -> "leaf areas";
            default -> null;
        };
        if (kind != null) {
            AggregationRuleQuery inputs = new AggregationRuleQuery(rule);
            rule.getAreas().forEach(area -> checkInputs(rule, scheme, area, kind, inputs.inputsOf(area), sink));
            if (rule.isOverall()) {
                String overallKind = rule.getInputs() == InputSelection.CHILDREN ? "top-level areas" : kind;
                checkInputs(rule, scheme, null, overallKind, inputs.inputsOf(null), sink);
            }
        }
        checkMatrix(rule, scheme, sink);
        for (Limiter limiter : rule.getLimiters()) {
            if (limiter.getCondition() != null && !new SchemeQuery(scheme).scores(limiter.getCondition())) {
                report(sink, limiter, FrameworkPackage.Literals.LIMITER__CONDITION, unscored(limiter.getCondition(),
                    scheme) + ", so the limiter never applies");
            }
        }
    }

    private void checkInputs(AggregationRule rule, ScoringScheme scheme, Area node, String kind,
            List<? extends ModelElement> inputs, Consumer<ModelDiagnostic> sink) {
        String of = node == null ? "the overall result" : "area " + ElementNames.ref(node);
        if (inputs.isEmpty()) {
            report(sink, rule, FrameworkPackage.Literals.AGGREGATION_RULE__INPUTS, "aggregates the " + kind + " of "
                + of + ", which has none, so it is never scored");
            return;
        }
        for (ModelElement input : inputs) {
            if (!new SchemeQuery(scheme).scores(input)) {
                report(sink, rule, FrameworkPackage.Literals.AGGREGATION_RULE__INPUTS, "aggregates " + of + " from "
                    + unscored(input, scheme) + ", so that input is missing for every council");
            }
        }
    }

    private void checkMatrix(AggregationRule rule, ScoringScheme scheme, Consumer<ModelDiagnostic> sink) {
        RuleMatrix matrix = rule.getMatrix();
        if (matrix == null) {
            return;
        }
        for (Area node : new Area[] {matrix.getRowNode(), matrix.getColumnNode()}) {
            if (node != null && !new SchemeQuery(scheme).scores(node)) {
                report(sink, matrix, node == matrix.getRowNode() ? FrameworkPackage.Literals.RULE_MATRIX__ROW_NODE
                    : FrameworkPackage.Literals.RULE_MATRIX__COLUMN_NODE, unscored(node, scheme));
            }
        }
    }

    private static String unscored(ModelElement node, ScoringScheme scheme) {
        return ElementNames.kind(node).toLowerCase() + " " + ElementNames.ref(node) + ", which no "
            + (node instanceof Indicator ? "indicator" : "aggregation") + " rule of scheme " + ElementNames.ref(scheme)
            + " scores";
    }
}
