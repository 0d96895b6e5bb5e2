package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.framewright.model.*;

/** Rule FW-IND-02: fixture plus oracle, one violating and one clean element. */
class FW_IND_02_PolarityForNormalisationTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aNormalisedIndicatorWithoutPolarityIsWarnedAbout() {
        fx.indicatorRule.setMethod(IndicatorScoringMethod.NORMALISE.id());
        fx.indicatorRule.setNormalisation(NormalisationMethod.MIN_MAX.id());
        fx.i2.setPolarity(Polarity.UNSPECIFIED);

        fx.assertReportsOnly(FW_IND_02_PolarityForNormalisation.CODE, fx.i2, fx.i1);
        assertEquals(org.framewright.validation.Severity.WARNING,
            fx.diagnostics(FW_IND_02_PolarityForNormalisation.CODE).get(0).severity());
    }
}
