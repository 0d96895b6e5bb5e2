package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-ID-02: fixture plus oracle, one violating and one clean element. */
class FW_ID_02_IdCharactersTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void anIdWithASpaceIsReported() {
        fx.i1.setId("indicator one");
        fx.i2.setId("2A_b-1.x");

        fx.assertReportsOnly(FW_ID_02_IdCharacters.CODE, fx.i1, fx.i2);
    }
}
