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
 * FW-IND-02 (warning): normalisation turns scores round for "lower is better" so that higher is always better; an
 * indicator without a polarity (or with "no judgement") is normalised as if higher were better, which may not be
 * what the designer meant. Fix: set the polarity, or leave the indicator out of the rule.
 */
public final class FW_IND_02_PolarityForNormalisation extends Rule<IndicatorRule> {

    /** The rule's code. */
    public static final String CODE = "FW-IND-02";

    /** The rule. */
    public FW_IND_02_PolarityForNormalisation() {
        super(CODE, Severity.WARNING, IndicatorRule.class);
    }

    @Override
    protected void check(IndicatorRule rule, Consumer<ModelDiagnostic> sink) {
        if (!IndicatorScoringMethod.NORMALISE.is(rule.getMethod()) || NormalisationMethod.NONE.is(rule.getNormalisation())
                || FW_IND_01_PolarityForTargetsAndComparators.needsDirection(rule)) {
            return;
        }
        for (Indicator indicator : new IndicatorRuleQuery(rule).indicators()) {
            Polarity polarity = indicator.getPolarity();
            if (polarity == Polarity.UNSPECIFIED || polarity == Polarity.NO_JUDGEMENT) {
                report(sink, indicator, FrameworkPackage.Literals.INDICATOR__POLARITY, "polarity is '"
                    + polarity.getLiteral() + "', so " + SchemeQueries.ruleOfScheme(rule) + " normalises it ("
                    + rule.getNormalisation() + ") as if higher were better");
            }
        }
    }

    /** Every indicator: a rule without indicators scores all of them. */
    @Override
    public List<Class<? extends EObject>> inputs() {
        return List.of(Indicator.class);
    }
}
