package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.framewright.model.*;

/** Rule FW-MATRIX-02: fixture plus oracle, one violating and one clean element. */
class FW_MATRIX_02_NoDuplicateCellsTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aRepeatedCellIsReported() {
        MatrixCell first = fx.matrix.getCells().get(0);
        MatrixCell repeated = fx.cell(first.getRow(), first.getColumn(), fx.stars.getLevels().get(1));

        fx.assertReportsOnly(FW_MATRIX_02_NoDuplicateCells.CODE, repeated, first);
        assertEquals("fx/s/agg-overall/matrix/cells[5]", fx.diagnostics(FW_MATRIX_02_NoDuplicateCells.CODE).get(0).elementPath());
    }
}
