package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-LOGIC-02: fixture plus oracle, one violating and one clean element. */
class FW_LOGIC_02_OutcomeMeasuredTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void anOutcomeMeasuredNeitherDirectlyNorThroughItsSourcesIsWarnedAbout() {
        LogicElement unmeasured = fx.element("oc2", LogicElementKind.OUTCOME);
        fx.link("in-oc2", fx.input, unmeasured);
        LogicElement measuredThroughOutput = fx.element("oc3", LogicElementKind.OUTCOME);
        fx.link("out-oc3", fx.output, measuredThroughOutput);

        fx.assertReportsOnly(FW_LOGIC_02_OutcomeMeasured.CODE, unmeasured, measuredThroughOutput);
    }
}
