package org.framewright.validation.internal.rules;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.NormalisationMethod;
import org.framewright.model.query.IndicatorRuleQuery;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-IND-04: target RAG and distance-to-target normalisation rate a value against the indicator's target, so every
 * indicator they score needs one. Fix: set the indicator's target, or score it by another method.
 */
public final class FW_IND_04_TargetForTargetMethods extends Rule<IndicatorRule> {

    /** The rule's code. */
    public static final String CODE = "FW-IND-04";

    /** The rule. */
    public FW_IND_04_TargetForTargetMethods() {
        super(CODE, Severity.ERROR, IndicatorRule.class);
    }

    @Override
    protected void check(IndicatorRule rule, Consumer<ModelDiagnostic> sink) {
        boolean usesTarget = IndicatorScoringMethod.TARGET_RAG.is(rule.getMethod())
            || IndicatorScoringMethod.NORMALISE.is(rule.getMethod())
                && NormalisationMethod.DISTANCE_TO_TARGET.is(rule.getNormalisation());
        if (!usesTarget) {
            return;
        }
        for (Indicator indicator : new IndicatorRuleQuery(rule).indicators()) {
            if (indicator.getTarget() == null) {
                report(sink, indicator, FrameworkPackage.Literals.INDICATOR__TARGET, "has no target, but "
                    + SchemeQueries.ruleOfScheme(rule) + " rates it against its target");
            }
        }
    }

    /** Every indicator: a rule without indicators scores all of them. */
    @Override
    public List<Class<? extends EObject>> inputs() {
        return List.of(Indicator.class);
    }
}
