package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.*;

/** Rule FW-AGG-02: fixture plus oracle, one violating and one clean element. */
class FW_AGG_02_OneRulePerNodeTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void anAreaComputedByTwoRulesIsReportedOnTheSecondRule() {
        AggregationRule second = fx.aggregation("agg-second", AggregationMethod.MEAN, InputSelection.INDICATORS);
        second.getAreas().add(fx.a2);

        fx.assertReportsOnly(FW_AGG_02_OneRulePerNode.CODE, second, fx.leaves);
        assertTrue(fx.diagnostics(FW_AGG_02_OneRulePerNode.CODE).get(0).message().contains("computes area 'a2'"));
    }
}
