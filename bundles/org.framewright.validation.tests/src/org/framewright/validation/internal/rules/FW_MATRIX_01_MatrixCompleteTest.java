package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.*;

/** Rule FW-MATRIX-01: fixture plus oracle, one violating and one clean element. */
class FW_MATRIX_01_MatrixCompleteTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aMissingCellIsReported() {
        fx.matrix.getCells().remove(3);

        fx.assertReportsOnly(FW_MATRIX_01_MatrixComplete.CODE, fx.matrix, fx.leaves);
        assertTrue(fx.diagnostics(FW_MATRIX_01_MatrixComplete.CODE).get(0).message()
            .endsWith("no cell for 1 of 4 level pairs (row x column): grade-2 x grade-2"));
    }
}
