package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.*;

/** Rule FW-NUM-07: fixture plus oracle, one violating and one clean element. */
class FW_NUM_07_RoundingDecimalsInRangeTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void negativeDecimalsAreReported() {
        Rounding clean = Fixture.F.createRounding();
        clean.setMode(RoundingMode.HALF_UP);
        clean.setDecimals(1);
        fx.topRule.setRounding(clean);
        Rounding broken = Fixture.F.createRounding();
        broken.setMode(RoundingMode.HALF_UP);
        broken.setDecimals(-2);
        fx.leaves.setRounding(broken);

        fx.assertReportsOnly(FW_NUM_07_RoundingDecimalsInRange.CODE, broken, clean);
        String message = fx.diagnostics(FW_NUM_07_RoundingDecimalsInRange.CODE).get(0).message();
        assertTrue(message.contains("decimals is -2; expected a number from 0 to 15"), message);
    }
}
