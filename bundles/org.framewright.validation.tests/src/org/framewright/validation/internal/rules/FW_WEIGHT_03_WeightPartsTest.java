package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.*;

/** Rule FW-WEIGHT-03: fixture plus oracle, one violating and one clean element. */
class FW_WEIGHT_03_WeightPartsTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aWeightOnAnAreaWhereInputsAreGroupsIsReported() {
        Weight wrong = fx.topRule.getWeights().get(1);
        wrong.setPart(fx.a2);

        fx.assertReportsOnly(FW_WEIGHT_03_WeightParts.CODE, wrong, fx.topRule.getWeights().get(0));
        assertTrue(fx.diagnostics(FW_WEIGHT_03_WeightParts.CODE).get(0).message().endsWith(
            "weighs area 'a2', but the rule's inputs are groups, so each part must be a disaggregation (client group)"));
    }

    @org.junit.jupiter.api.Test
    void aPartWeighedTwiceIsReported() {
        Weight twice = fx.topRule.getWeights().get(1);
        twice.setPart(fx.g1);

        fx.assertReportsOnly(FW_WEIGHT_03_WeightParts.CODE, twice, fx.topRule.getWeights().get(0));
    }
}
