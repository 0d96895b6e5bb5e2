package org.framewright.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.AggregationRule;
import org.framewright.model.Banding;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.MatrixCell;
import org.framewright.model.RuleMatrix;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-MATRIX-01: a rule matrix has a cell for every pair of a level of the row node's scale and a level of the column
 * node's scale (the scales on which the scheme rates those nodes), or some councils get no result. Fix: add the
 * missing cells. (A matrix whose nodes are rated on no scale is FW-MATRIX-03.)
 */
public final class FW_MATRIX_01_MatrixComplete extends Rule<RuleMatrix> {

    /** The rule's code. */
    public static final String CODE = "FW-MATRIX-01";

    /** The rule. */
    public FW_MATRIX_01_MatrixComplete() {
        super(CODE, Severity.ERROR, RuleMatrix.class);
    }

    @Override
    protected void check(RuleMatrix matrix, Consumer<ModelDiagnostic> sink) {
        Scale rows = SchemeQueries.scaleOf(matrix, matrix.getRowNode());
        Scale columns = SchemeQueries.scaleOf(matrix, matrix.getColumnNode());
        if (rows == null || columns == null) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (ScaleLevel row : rows.getLevels()) {
            for (ScaleLevel column : columns.getLevels()) {
                if (!hasCell(matrix, row, column)) {
                    missing.add(row.getId() + " x " + column.getId());
                }
            }
        }
        if (!missing.isEmpty()) {
            int pairs = rows.getLevels().size() * columns.getLevels().size();
            report(sink, matrix, FrameworkPackage.Literals.RULE_MATRIX__CELLS, "no cell for " + missing.size()
                + " of " + pairs + " level pairs (row x column): " + String.join(", ", missing));
        }
    }

    private static boolean hasCell(RuleMatrix matrix, ScaleLevel row, ScaleLevel column) {
        for (MatrixCell cell : matrix.getCells()) {
            if (cell.getRow() == row && cell.getColumn() == column) {
                return true;
            }
        }
        return false;
    }

    /** The scheme's rules, bandings and scales decide which nodes are rated on which scale. */
    @Override
    public List<Class<? extends EObject>> inputs() {
        return List.of(AggregationRule.class, Banding.class, Scale.class);
    }
}
