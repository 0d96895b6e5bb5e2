package org.framewright.validation.internal.rules;

import org.framewright.model.IndicatorRule;
import org.framewright.model.FrameworkPackage;

/**
 * FW-NUM-05: target RAG's amber tolerance is how far short of target, as a fraction of the target (e.g. 0.05), is
 * still amber: from 0 to 1. Fix: the fraction (5 % is 0.05).
 */
public final class FW_NUM_05_AmberToleranceInRange extends NumberRange<IndicatorRule> {

    /** The rule's code. */
    public static final String CODE = "FW-NUM-05";

    /** The rule. */
    public FW_NUM_05_AmberToleranceInRange() {
        super(CODE, IndicatorRule.class, FrameworkPackage.Literals.INDICATOR_RULE__AMBER_TOLERANCE, 0, 1,
            "how far short of target, as a fraction of the target, is still amber");
    }
}
