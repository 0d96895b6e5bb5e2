package org.framewright.validation.internal.rules;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.Unit;
import org.framewright.model.query.IndicatorRuleQuery;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-IND-03 (warning): methods that use an indicator's raw value (value, thresholds, target RAG) compare it with
 * numbers stated in the indicator's unit (bands, the target) or pass it on; without a unit nobody can check those
 * numbers. Normalisation and comparator position are unit-free and do not need one. Fix: set the unit.
 */
public final class FW_IND_03_UnitForRawValues extends Rule<IndicatorRule> {

    /** The rule's code. */
    public static final String CODE = "FW-IND-03";

    /** The rule. */
    public FW_IND_03_UnitForRawValues() {
        super(CODE, Severity.WARNING, IndicatorRule.class);
    }

    @Override
    protected void check(IndicatorRule rule, Consumer<ModelDiagnostic> sink) {
        IndicatorScoringMethod method = IndicatorScoringMethod.get(rule.getMethod());
        if (method != IndicatorScoringMethod.VALUE && method != IndicatorScoringMethod.THRESHOLDS
                && method != IndicatorScoringMethod.TARGET_RAG) {
            return;
        }
        for (Indicator indicator : new IndicatorRuleQuery(rule).indicators()) {
            if (indicator.getUnit() == Unit.UNSPECIFIED) {
                report(sink, indicator, FrameworkPackage.Literals.INDICATOR__UNIT, "has no unit, but "
                    + SchemeQueries.ruleOfScheme(rule) + " scores its values as they are (" + method.getLiteral() + ")");
            }
        }
    }

    /** Every indicator: a rule without indicators scores all of them. */
    @Override
    public List<Class<? extends EObject>> inputs() {
        return List.of(Indicator.class);
    }
}
