package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-IND-04: fixture plus oracle, one violating and one clean element. */
class FW_IND_04_TargetForTargetMethodsTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void anIndicatorRatedAgainstAMissingTargetIsReported() {
        fx.indicatorRule.setMethod(IndicatorScoringMethod.NORMALISE.id());
        fx.indicatorRule.setNormalisation(NormalisationMethod.DISTANCE_TO_TARGET.id());
        fx.i2.setTarget(null);

        fx.assertReportsOnly(FW_IND_04_TargetForTargetMethods.CODE, fx.i2, fx.i1);
    }
}
