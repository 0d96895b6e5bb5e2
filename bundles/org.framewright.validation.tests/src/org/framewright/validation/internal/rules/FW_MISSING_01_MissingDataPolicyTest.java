package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.framewright.model.*;

/** Rule FW-MISSING-01: fixture plus oracle, one violating and one clean element. */
class FW_MISSING_01_MissingDataPolicyTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aRuleWithoutMissingDataPolicyIsReported() {
        fx.topRule.setMissingData(MissingDataPolicy.UNSPECIFIED);

        fx.assertReportsOnly(FW_MISSING_01_MissingDataPolicy.CODE, fx.topRule, fx.leaves);
        assertEquals(FrameworkPackage.Literals.AGGREGATION_RULE__MISSING_DATA,
            fx.diagnostics(FW_MISSING_01_MissingDataPolicy.CODE).get(0).feature());
    }

    @org.junit.jupiter.api.Test
    void anIndicatorRuleNeedsOneToo() {
        fx.indicatorRule.setMissingData(MissingDataPolicy.UNSPECIFIED);

        fx.assertReportsOnly(FW_MISSING_01_MissingDataPolicy.CODE, fx.indicatorRule, fx.topRule);
    }
}
