package org.framewright.validation.internal.rules;

import org.framewright.model.Weight;
import org.framewright.model.FrameworkPackage;

/**
 * FW-NUM-03: a weight is a share of 100 %, so at most 100; one above 100 turns a weighted mean into something else
 * even when the weights sum to 100 (a negative weight is FW-WEIGHT-04's, so each problem is reported once). Fix: the
 * share the source gives.
 */
public final class FW_NUM_03_WeightPercentInRange extends NumberRange<Weight> {

    /** The rule's code. */
    public static final String CODE = "FW-NUM-03";

    /** The rule. */
    public FW_NUM_03_WeightPercentInRange() {
        super(CODE, Weight.class, FrameworkPackage.Literals.WEIGHT__PERCENT, Double.NEGATIVE_INFINITY, 100,
            "a weight is a share of 100 %");
    }
}
