package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Limiter;
import org.framewright.model.Scale;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * FW-AGG-05: a limiter caps the rule's level when its condition node is rated at or below a level, so it names the
 * condition, the at-or-below level and a cap that is a level of the rule's own scale. Fix: complete the limiter.
 */
public final class FW_AGG_05_LimitersDefined extends Rule<Limiter> {

    /** The rule's code. */
    public static final String CODE = "FW-AGG-05";

    /** The rule. */
    public FW_AGG_05_LimitersDefined() {
        super(CODE, Severity.ERROR, Limiter.class);
    }

    @Override
    protected void check(Limiter limiter, Consumer<ModelDiagnostic> sink) {
        if (limiter.getCondition() == null) {
            report(sink, limiter, FrameworkPackage.Literals.LIMITER__CONDITION, "names no condition node");
        }
        if (limiter.getAtOrBelow() == null) {
            report(sink, limiter, FrameworkPackage.Literals.LIMITER__AT_OR_BELOW, "names no at-or-below level");
        }
        if (limiter.getCap() == null) {
            report(sink, limiter, FrameworkPackage.Literals.LIMITER__CAP, "names no cap level");
        } else if (limiter.eContainer() instanceof AggregationRule rule) {
            Scale scale = new AggregationRuleQuery(rule).ratingScale();
            if (scale != null && !scale.getLevels().contains(limiter.getCap())) {
                report(sink, limiter, FrameworkPackage.Literals.LIMITER__CAP, "caps at level "
                    + ElementNames.ref(limiter.getCap()) + ", which is not a level of the rule's scale "
                    + ElementNames.ref(scale));
            }
        }
    }
}
