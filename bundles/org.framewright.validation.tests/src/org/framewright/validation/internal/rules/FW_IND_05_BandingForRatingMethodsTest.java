package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-IND-05: fixture plus oracle, one violating and one clean element. */
class FW_IND_05_BandingForRatingMethodsTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aThresholdRuleWithoutBandingIsReported() {
        IndicatorRule clean = Fixture.named(Fixture.F.createIndicatorRule(), "ir-clean");
        clean.setMethod(IndicatorScoringMethod.THRESHOLDS.id());
        clean.setBanding(fx.bands);
        fx.scheme.getIndicatorRules().add(clean);
        fx.indicatorRule.setBanding(null);

        fx.assertReportsOnly(FW_IND_05_BandingForRatingMethods.CODE, fx.indicatorRule, clean);
    }
}
