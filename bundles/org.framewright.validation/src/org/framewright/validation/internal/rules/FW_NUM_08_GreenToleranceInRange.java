package org.framewright.validation.internal.rules;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.IndicatorRule;

/**
 * FW-NUM-08: target RAG's green tolerance is how far short of target, as a fraction of the target, is still green
 * (negative: how far the target must be beaten): from -1 to 1. Fix: the fraction (2 % is 0.02).
 */
public final class FW_NUM_08_GreenToleranceInRange extends NumberRange<IndicatorRule> {

    /** The rule's code. */
    public static final String CODE = "FW-NUM-08";

    /** The rule. */
    public FW_NUM_08_GreenToleranceInRange() {
        super(CODE, IndicatorRule.class, FrameworkPackage.Literals.INDICATOR_RULE__GREEN_TOLERANCE, -1, 1,
            "how far short of target, as a fraction of the target, is still green");
    }
}
