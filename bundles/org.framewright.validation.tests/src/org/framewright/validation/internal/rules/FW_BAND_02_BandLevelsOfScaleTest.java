package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-BAND-02: fixture plus oracle, one violating and one clean element. */
class FW_BAND_02_BandLevelsOfScaleTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aBandGivingALevelOfAnotherScaleIsReported() {
        Band broken = fx.bands.getBands().get(1);
        broken.setLevel(fx.stars.getLevels().get(1));

        fx.assertReportsOnly(FW_BAND_02_BandLevelsOfScale.CODE, broken, fx.bands.getBands().get(0));
    }
}
