package org.framewright.validation.internal.rules;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Disaggregation;
import org.framewright.model.EvidenceCategory;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.InputSelection;
import org.framewright.model.ModelElement;
import org.framewright.model.Weight;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * FW-WEIGHT-03: each weight names one part of the kind the rule's inputs are (an area for children and leaf areas,
 * an indicator, a client group or other disaggregation, an evidence category), and no part twice; a rule with
 * direct inputs has nothing to weigh. Fix: name the right part, or merge the two weights.
 */
public final class FW_WEIGHT_03_WeightParts extends Rule<AggregationRule> {

    /** The rule's code. */
    public static final String CODE = "FW-WEIGHT-03";

    /** The rule. */
    public FW_WEIGHT_03_WeightParts() {
        super(CODE, Severity.ERROR, AggregationRule.class);
    }

    @Override
    protected void check(AggregationRule rule, Consumer<ModelDiagnostic> sink) {
        Class<?> expected = partKind(rule.getInputs());
        Set<ModelElement> seen = new HashSet<>();
        for (Weight weight : rule.getWeights()) {
            ModelElement part = weight.getPart();
            if (part == null) {
                report(sink, weight, FrameworkPackage.Literals.WEIGHT__PART, "names no part");
            } else if (expected == null) {
                report(sink, weight, FrameworkPackage.Literals.WEIGHT__PART, "weighs " + ElementNames.ref(part)
                    + ", but the rule's inputs are direct: there is only one value and nothing to weigh");
            } else if (!expected.isInstance(part)) {
                report(sink, weight, FrameworkPackage.Literals.WEIGHT__PART, "weighs "
                    + ElementNames.kind(part).toLowerCase() + " " + ElementNames.ref(part) + ", but the rule's inputs"
                    + " are " + rule.getInputs().getLiteral() + ", so each part must be " + article(expected));
            } else if (!seen.add(part)) {
                report(sink, weight, FrameworkPackage.Literals.WEIGHT__PART, "weighs " + ElementNames.ref(part)
                    + ", which an earlier weight of the rule weighs already");
            }
        }
    }

    private static Class<?> partKind(InputSelection inputs) {
        return switch (inputs) {
            case CHILDREN, LEAF_AREAS -> Area.class;
            case INDICATORS -> Indicator.class;
            case GROUPS -> Disaggregation.class;
            case EVIDENCE_CATEGORIES -> EvidenceCategory.class;
            case DIRECT -> null;
        };
    }

    private static String article(Class<?> kind) {
        return kind == Area.class ? "an area" : kind == Indicator.class ? "an indicator"
            : kind == Disaggregation.class ? "a disaggregation (client group)" : "an evidence category";
    }
}
