package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.*;

/** Rule FW-NUM-06: fixture plus oracle, one violating and one clean element. */
class FW_NUM_06_MinimumInputsNotNegativeTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aNegativeMinimumIsReported() {
        fx.topRule.setMinimumInputs(2);
        fx.leaves.setMinimumInputs(-1);

        fx.assertReportsOnly(FW_NUM_06_MinimumInputsNotNegative.CODE, fx.leaves, fx.topRule);
        String message = fx.diagnostics(FW_NUM_06_MinimumInputsNotNegative.CODE).get(0).message();
        assertTrue(message.contains("minimumInputs is -1; expected 0 or more"), message);
    }
}
