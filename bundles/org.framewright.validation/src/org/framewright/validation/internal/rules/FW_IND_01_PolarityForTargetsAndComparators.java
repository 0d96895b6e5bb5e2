package org.framewright.validation.internal.rules;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.NormalisationMethod;
import org.framewright.model.Polarity;
import org.framewright.model.query.IndicatorRuleQuery;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-IND-01: rating a value against a target (target RAG, distance-to-target) or against comparators needs to know
 * which direction is better; an indicator scored that way must be "higher is better" or "lower is better". Fix:
 * set the indicator's polarity, or score it by another method.
 */
public final class FW_IND_01_PolarityForTargetsAndComparators extends Rule<IndicatorRule> {

    /** The rule's code. */
    public static final String CODE = "FW-IND-01";

    /** The rule. */
    public FW_IND_01_PolarityForTargetsAndComparators() {
        super(CODE, Severity.ERROR, IndicatorRule.class);
    }

    @Override
    protected void check(IndicatorRule rule, Consumer<ModelDiagnostic> sink) {
        if (!needsDirection(rule)) {
            return;
        }
        for (Indicator indicator : new IndicatorRuleQuery(rule).indicators()) {
            Polarity polarity = indicator.getPolarity();
            if (polarity == Polarity.UNSPECIFIED || polarity == Polarity.NO_JUDGEMENT) {
                report(sink, indicator, FrameworkPackage.Literals.INDICATOR__POLARITY, "polarity is '"
                    + polarity.getLiteral() + "', but " + SchemeQueries.ruleOfScheme(rule) + " scores it by "
                    + rule.getMethod() + ", which needs to know whether higher or lower is better");
            }
        }
    }

    /** Whether the rule's method compares values in a direction (so that polarity decides the result). */
    static boolean needsDirection(IndicatorRule rule) {
        return IndicatorScoringMethod.TARGET_RAG.is(rule.getMethod())
            || IndicatorScoringMethod.COMPARATOR_POSITION.is(rule.getMethod())
            || IndicatorScoringMethod.NORMALISE.is(rule.getMethod())
                && NormalisationMethod.DISTANCE_TO_TARGET.is(rule.getNormalisation());
    }

    /** Every indicator: a rule without indicators scores all of them. */
    @Override
    public List<Class<? extends EObject>> inputs() {
        return List.of(Indicator.class);
    }
}
