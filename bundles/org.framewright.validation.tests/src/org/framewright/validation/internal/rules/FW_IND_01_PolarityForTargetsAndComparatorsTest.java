package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-IND-01: fixture plus oracle, one violating and one clean element. */
class FW_IND_01_PolarityForTargetsAndComparatorsTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void anIndicatorRatedAgainstItsTargetWithoutPolarityIsReported() {
        fx.indicatorRule.setMethod(IndicatorScoringMethod.TARGET_RAG.id());
        fx.bands.getBands().add(Fixture.named(Fixture.F.createBand(), "b3"));
        fx.i1.setPolarity(Polarity.NO_JUDGEMENT);

        fx.assertReportsOnly(FW_IND_01_PolarityForTargetsAndComparators.CODE, fx.i1, fx.i2);
    }
}
