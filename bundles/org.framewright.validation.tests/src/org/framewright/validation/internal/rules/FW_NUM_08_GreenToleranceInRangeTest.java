package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.IndicatorRule;
import org.junit.jupiter.api.Test;

/** Rule FW-NUM-08: fixture plus oracle, one violating and one clean element. */
class FW_NUM_08_GreenToleranceInRangeTest {

    private final Fixture fx = new Fixture();

    @Test
    void aToleranceGivenAsPercentIsReportedAndANegativeFractionIsNot() {
        IndicatorRule clean = Fixture.named(Fixture.F.createIndicatorRule(), "ir-clean");
        clean.setGreenTolerance(-0.02);
        fx.scheme.getIndicatorRules().add(clean);
        fx.indicatorRule.setGreenTolerance(2);

        fx.assertReportsOnly(FW_NUM_08_GreenToleranceInRange.CODE, fx.indicatorRule, clean);
        String message = fx.diagnostics(FW_NUM_08_GreenToleranceInRange.CODE).get(0).message();
        assertTrue(message.contains("greenTolerance is 2; expected a number from -1 to 1"), message);
    }
}
