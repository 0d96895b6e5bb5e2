package org.framewright.validation.internal.rules;

import java.util.List;
import java.util.function.Consumer;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.MatrixCell;
import org.framewright.model.RuleMatrix;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * FW-MATRIX-02: a rule matrix has one cell per row level and column level; a second cell for the same pair makes
 * the result depend on cell order. Fix: delete one of the two cells.
 */
public final class FW_MATRIX_02_NoDuplicateCells extends Rule<MatrixCell> {

    /** The rule's code. */
    public static final String CODE = "FW-MATRIX-02";

    /** The rule. */
    public FW_MATRIX_02_NoDuplicateCells() {
        super(CODE, Severity.ERROR, MatrixCell.class);
    }

    @Override
    protected void check(MatrixCell cell, Consumer<ModelDiagnostic> sink) {
        if (!(cell.eContainer() instanceof RuleMatrix matrix) || cell.getRow() == null || cell.getColumn() == null) {
            return;
        }
        List<MatrixCell> cells = matrix.getCells();
        for (int i = 0; i < cells.indexOf(cell); i++) {
            MatrixCell earlier = cells.get(i);
            if (earlier.getRow() == cell.getRow() && earlier.getColumn() == cell.getColumn()) {
                report(sink, cell, FrameworkPackage.Literals.MATRIX_CELL__ROW, "repeats the cell for row "
                    + ElementNames.ref(cell.getRow()) + " x column " + ElementNames.ref(cell.getColumn())
                    + " (first given as matrix cell " + (i + 1) + ")");
                return;
            }
        }
    }
}
