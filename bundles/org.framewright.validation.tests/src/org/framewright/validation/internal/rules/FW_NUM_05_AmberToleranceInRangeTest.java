package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.*;

/** Rule FW-NUM-05: fixture plus oracle, one violating and one clean element. */
class FW_NUM_05_AmberToleranceInRangeTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aToleranceGivenAsPercentIsReported() {
        IndicatorRule clean = Fixture.named(Fixture.F.createIndicatorRule(), "ir-clean");
        clean.setAmberTolerance(0.05);
        fx.scheme.getIndicatorRules().add(clean);
        fx.indicatorRule.setAmberTolerance(5);

        fx.assertReportsOnly(FW_NUM_05_AmberToleranceInRange.CODE, fx.indicatorRule, clean);
        String message = fx.diagnostics(FW_NUM_05_AmberToleranceInRange.CODE).get(0).message();
        assertTrue(message.contains("amberTolerance is 5; expected a number from 0 to 1"), message);
    }
}
