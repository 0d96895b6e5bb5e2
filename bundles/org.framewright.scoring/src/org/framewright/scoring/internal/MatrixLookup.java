package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.util.List;

import org.framewright.model.MatrixCell;
import org.framewright.model.RuleMatrix;
import org.framewright.model.ScaleLevel;
import org.framewright.scoring.AggregationFunction;
import org.framewright.scoring.MethodArguments;

/** The cell of a {@link RuleMatrix} for a row level and a column level (CSCI: delivery x capacity -> stars). */
public final class MatrixLookup {

    /**
     * The built-in {@code matrix} method as contributed: the engine looks the result up in the rule's matrix
     * ({@link Matrices}) instead of aggregating numbers, so this function is never asked to aggregate.
     */
    public static final AggregationFunction AS_METHOD = new AggregationFunction() {
        @Override
        public BigDecimal aggregate(List<BigDecimal> values, List<BigDecimal> weights, MethodArguments arguments) {
            throw new IllegalStateException("matrix looks its result up in the rule's matrix; it aggregates no numbers");
        }
    };

    private MatrixLookup() {
    }

    /** The result level of the cell at (row, column), or null when the matrix has no such cell. */
    public static ScaleLevel result(RuleMatrix matrix, ScaleLevel row, ScaleLevel column) {
        if (matrix == null || row == null || column == null) {
            return null;
        }
        for (MatrixCell cell : matrix.getCells()) {
            if (sameLevel(cell.getRow(), row) && sameLevel(cell.getColumn(), column)) {
                return cell.getResult();
            }
        }
        return null;
    }

    /** Same level object, or the same id (a scenario's copy of the scheme holds copies of the levels). */
    private static boolean sameLevel(ScaleLevel a, ScaleLevel b) {
        return a == b || a != null && a.getId() != null && a.getId().equals(b.getId());
    }
}
