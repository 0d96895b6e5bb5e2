package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-AGG-01: fixture plus oracle, one violating and one clean element. */
class FW_AGG_01_RuleNamesNodesTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aRuleComputingNothingIsReported() {
        fx.leaves.getAreas().clear();

        fx.assertReportsOnly(FW_AGG_01_RuleNamesNodes.CODE, fx.leaves, fx.topRule);
    }
}
