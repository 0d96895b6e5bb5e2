package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.*;

/** Rule FW-NUM-02: fixture plus oracle, one violating and one clean element. */
class FW_NUM_02_StepNotNegativeTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aNegativeStepIsReported() {
        Banding clean = Fixture.named(Fixture.F.createBanding(), "continuous");
        clean.setStep(0);
        fx.scheme.getBandings().add(clean);
        fx.bands.setStep(-1);

        fx.assertReportsOnly(FW_NUM_02_StepNotNegative.CODE, fx.bands, clean);
        String message = fx.diagnostics(FW_NUM_02_StepNotNegative.CODE).get(0).message();
        assertTrue(message.contains("step is -1; expected 0 or more"), message);
    }
}
