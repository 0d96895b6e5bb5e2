package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.*;

/** Rule FW-BAND-01: fixture plus oracle, one violating and one clean element. */
class FW_BAND_01_BandsContiguousTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void gapsAndOverlapsAreReportedWithRespectToStep() {
        Banding clean = Fixture.named(Fixture.F.createBanding(), "continuous");
        clean.setScale(fx.grade);
        fx.scheme.getBandings().add(clean);
        clean.getBands().add(band("c1", 0, 50, fx.grade.getLevels().get(0)));
        clean.getBands().add(band("c2", 50, 100, fx.grade.getLevels().get(1)));
        fx.bands.getBands().get(1).setLower(51);

        fx.assertReportsOnly(FW_BAND_01_BandsContiguous.CODE, fx.bands, clean);
        assertTrue(fx.diagnostics(FW_BAND_01_BandsContiguous.CODE).get(0).message()
            .endsWith("gap between bands 'b1' (0-49) and 'b2' (51-100): with step 1 the next band should start at 50"));
    }

    @org.junit.jupiter.api.Test
    void withStepOneAdjacentWholeNumbersAreNoGapButEqualBoundsOverlap() {
        fx.bands.getBands().get(1).setLower(49);
        assertTrue(fx.diagnostics(FW_BAND_01_BandsContiguous.CODE).get(0).message().endsWith("overlap"));
        fx.bands.getBands().get(1).setLower(50);
        assertTrue(fx.diagnostics(FW_BAND_01_BandsContiguous.CODE).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void withStepZeroBoundsMustMeet() {
        fx.bands.setStep(0);
        assertEquals(1, fx.diagnostics(FW_BAND_01_BandsContiguous.CODE).size());
        fx.bands.getBands().get(1).setLower(49);
        assertTrue(fx.diagnostics(FW_BAND_01_BandsContiguous.CODE).isEmpty());
    }

    private static Band band(String id, double lower, double upper, ScaleLevel level) {
        Band band = Fixture.named(Fixture.F.createBand(), id);
        band.setLower(lower);
        band.setUpper(upper);
        band.setLevel(level);
        return band;
    }
}
