package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-ID-01: fixture plus oracle, one violating and one clean element. */
class FW_ID_01_IdPresentTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void anElementWithoutIdIsReported() {
        fx.i1.setId(null);

        fx.assertReportsOnly(FW_ID_01_IdPresent.CODE, fx.i1, fx.i2);
    }
}
