package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-IND-03: fixture plus oracle, one violating and one clean element. */
class FW_IND_03_UnitForRawValuesTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aBandedIndicatorWithoutUnitIsWarnedAbout() {
        fx.i1.setUnit(Unit.UNSPECIFIED);

        fx.assertReportsOnly(FW_IND_03_UnitForRawValues.CODE, fx.i1, fx.i2);
    }
}
