package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.*;

/** Rule FW-NUM-03: fixture plus oracle, one violating and one clean element. */
class FW_NUM_03_WeightPercentInRangeTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aWeightAbove100IsReported() {
        Weight clean = fx.topRule.getWeights().get(0);
        Weight broken = fx.topRule.getWeights().get(1);
        broken.setPercent(140);

        fx.assertReportsOnly(FW_NUM_03_WeightPercentInRange.CODE, broken, clean);
        String message = fx.diagnostics(FW_NUM_03_WeightPercentInRange.CODE).get(0).message();
        assertTrue(message.contains("percent is 140; expected at most 100"), message);
    }
}
