package org.framewright.validation.internal.rules;

import org.framewright.model.WeightChange;
import org.framewright.model.FrameworkPackage;

/**
 * FW-NUM-04: a scenario's weight change gives a weight, a share of 100 %, so at most 100 (a negative one is
 * FW-WEIGHT-04's). Fix: the share the scenario means.
 */
public final class FW_NUM_04_ScenarioWeightInRange extends NumberRange<WeightChange> {

    /** The rule's code. */
    public static final String CODE = "FW-NUM-04";

    /** The rule. */
    public FW_NUM_04_ScenarioWeightInRange() {
        super(CODE, WeightChange.class, FrameworkPackage.Literals.WEIGHT_CHANGE__PERCENT, Double.NEGATIVE_INFINITY, 100,
            "a weight is a share of 100 %");
    }
}
