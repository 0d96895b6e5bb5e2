package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-REF-03: fixture plus oracle, one violating and one clean element. */
class FW_REF_03_SameFrameworkTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void anAreaListingAnotherFrameworksIndicatorIsReported() {
        Framework other = Fixture.named(Fixture.F.createFramework(), "other");
        Indicator foreign = Fixture.named(Fixture.F.createIndicator(), "x1");
        other.getIndicators().add(foreign);
        fx.a1.getIndicators().add(foreign);

        fx.assertReportsOnly(FW_REF_03_SameFramework.CODE, fx.a1, fx.a2);
    }
}
