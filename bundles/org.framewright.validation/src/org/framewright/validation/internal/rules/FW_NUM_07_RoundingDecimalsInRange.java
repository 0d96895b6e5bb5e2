package org.framewright.validation.internal.rules;

import org.framewright.model.Rounding;
import org.framewright.model.FrameworkPackage;

/**
 * FW-NUM-07: a rounding keeps 0 to 15 decimals; a negative count would round to tens and hundreds and more than 15
 * is beyond what a double carries. Fix: the decimals the source publishes.
 */
public final class FW_NUM_07_RoundingDecimalsInRange extends NumberRange<Rounding> {

    /** The rule's code. */
    public static final String CODE = "FW-NUM-07";

    /** The rule. */
    public FW_NUM_07_RoundingDecimalsInRange() {
        super(CODE, Rounding.class, FrameworkPackage.Literals.ROUNDING__DECIMALS, 0, 15,
            "a double carries about 15 significant decimals");
    }
}
