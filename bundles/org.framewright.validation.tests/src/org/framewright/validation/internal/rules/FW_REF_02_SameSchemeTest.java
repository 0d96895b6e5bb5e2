package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-REF-02: fixture plus oracle, one violating and one clean element. */
class FW_REF_02_SameSchemeTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aRuleUsingTheBandingOfAnotherSchemeIsReported() {
        ScoringScheme other = Fixture.named(Fixture.F.createScoringScheme(), "other");
        Banding foreign = Fixture.named(Fixture.F.createBanding(), "foreign");
        other.getBandings().add(foreign);
        fx.framework.getSchemes().add(other);
        fx.leaves.setBanding(foreign);

        fx.assertReportsOnly(FW_REF_02_SameScheme.CODE, fx.leaves, fx.topRule);
    }
}
