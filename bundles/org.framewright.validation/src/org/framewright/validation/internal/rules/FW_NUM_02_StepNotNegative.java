package org.framewright.validation.internal.rules;

import org.framewright.model.Banding;
import org.framewright.model.FrameworkPackage;

/**
 * FW-NUM-02: a banding's {@code step} is the resolution of the banded numbers (1 for whole percentages, 0 for continuous
 * values); a negative step makes gaps look like overlaps. Fix: 0 or the resolution of the data.
 */
public final class FW_NUM_02_StepNotNegative extends NumberRange<Banding> {

    /** The rule's code. */
    public static final String CODE = "FW-NUM-02";

    /** The rule. */
    public FW_NUM_02_StepNotNegative() {
        super(CODE, Banding.class, FrameworkPackage.Literals.BANDING__STEP, 0, Double.POSITIVE_INFINITY,
            "the resolution of the banded numbers: 1 for whole percentages, 0 for continuous values");
    }
}
