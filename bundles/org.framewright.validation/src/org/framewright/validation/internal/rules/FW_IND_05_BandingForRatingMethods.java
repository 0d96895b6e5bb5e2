package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * FW-IND-05: thresholds and target RAG give levels from the rule's banding, so they need one; target RAG takes
 * its three levels (Red, Amber, Green) from a banding of exactly three bands. Fix: set the banding.
 */
public final class FW_IND_05_BandingForRatingMethods extends Rule<IndicatorRule> {

    /** The rule's code. */
    public static final String CODE = "FW-IND-05";

    /** The rule. */
    public FW_IND_05_BandingForRatingMethods() {
        super(CODE, Severity.ERROR, IndicatorRule.class);
    }

    @Override
    protected void check(IndicatorRule rule, Consumer<ModelDiagnostic> sink) {
        IndicatorScoringMethod method = IndicatorScoringMethod.get(rule.getMethod());
        if (method != IndicatorScoringMethod.THRESHOLDS && method != IndicatorScoringMethod.TARGET_RAG) {
            return;
        }
        if (rule.getBanding() == null) {
            report(sink, rule, FrameworkPackage.Literals.INDICATOR_RULE__BANDING, "the method is "
                + method.getLiteral() + ", but no banding is given");
        } else if (method == IndicatorScoringMethod.TARGET_RAG && rule.getBanding().getBands().size() != 3) {
            report(sink, rule, FrameworkPackage.Literals.INDICATOR_RULE__BANDING, "target RAG needs a banding of three"
                + " bands (Red, Amber, Green); banding " + ElementNames.ref(rule.getBanding()) + " has "
                + rule.getBanding().getBands().size());
        }
    }
}
