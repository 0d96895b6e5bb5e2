package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.*;

/** Rule FW-LOGIC-01: fixture plus oracle, one violating and one clean element. */
class FW_LOGIC_01_NoCyclesTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aLinkClosingACycleIsReportedWithTheCycle() {
        LeadsTo back = fx.link("oc-in", fx.outcome, fx.input);

        fx.assertReportsOnly(FW_LOGIC_01_NoCycles.CODE, back, fx.logic.getLinks().get(0));
        assertTrue(fx.diagnostics(FW_LOGIC_01_NoCycles.CODE).get(0).message()
            .endsWith("closes a cycle of leads-to links: in -> out -> oc -> in"));
    }
}
