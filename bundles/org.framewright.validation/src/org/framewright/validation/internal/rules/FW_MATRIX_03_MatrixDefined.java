package org.framewright.validation.internal.rules;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Banding;
import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.model.MatrixCell;
import org.framewright.model.RuleMatrix;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * FW-MATRIX-03: a matrix rule needs a matrix whose row and column nodes the scheme rates on a scale (some rule of
 * the scheme computes them with a scale or banding), and whose cells use levels of those scales and, for the
 * result, of the rule's own scale. Fix: add the matrix, name its nodes, rate the nodes, or correct the cells.
 */
public final class FW_MATRIX_03_MatrixDefined extends Rule<AggregationRule> {

    /** The rule's code. */
    public static final String CODE = "FW-MATRIX-03";

    /** The rule. */
    public FW_MATRIX_03_MatrixDefined() {
        super(CODE, Severity.ERROR, AggregationRule.class);
    }

    @Override
    protected void check(AggregationRule rule, Consumer<ModelDiagnostic> sink) {
        if (!AggregationMethod.MATRIX.is(rule.getMethod())) {
            return;
        }
        RuleMatrix matrix = rule.getMatrix();
        if (matrix == null) {
            report(sink, rule, Literals.AGGREGATION_RULE__MATRIX, "the method is matrix, but no matrix is given");
            return;
        }
        Scale rows = nodeScale(rule, matrix, matrix.getRowNode(), Literals.RULE_MATRIX__ROW_NODE, "row", sink);
        Scale columns = nodeScale(rule, matrix, matrix.getColumnNode(), Literals.RULE_MATRIX__COLUMN_NODE, "column", sink);
        Scale results = new AggregationRuleQuery(rule).ratingScale();
        for (MatrixCell cell : matrix.getCells()) {
            checkLevel(cell, cell.getRow(), rows, Literals.MATRIX_CELL__ROW, "row", sink);
            checkLevel(cell, cell.getColumn(), columns, Literals.MATRIX_CELL__COLUMN, "column", sink);
            checkLevel(cell, cell.getResult(), results, Literals.MATRIX_CELL__RESULT, "result", sink);
        }
    }

    private Scale nodeScale(AggregationRule rule, RuleMatrix matrix, Area node, EReference feature, String role,
            Consumer<ModelDiagnostic> sink) {
        if (node == null) {
            report(sink, matrix, feature, "names no " + role + " node");
            return null;
        }
        Scale scale = SchemeQueries.scaleOf(rule, node);
        if (scale == null) {
            report(sink, matrix, feature, "its " + role + " node " + ElementNames.ref(node)
                + " is rated on no scale: no aggregation rule of the scheme computes it with a scale or banding");
        }
        return scale;
    }

    private void checkLevel(MatrixCell cell, ScaleLevel level, Scale scale, EReference feature, String role,
            Consumer<ModelDiagnostic> sink) {
        if (level == null) {
            report(sink, cell, feature, "gives no " + role + " level");
        } else if (scale != null && !scale.getLevels().contains(level)) {
            report(sink, cell, feature, "its " + role + " level " + ElementNames.ref(level)
                + " is not a level of scale " + ElementNames.ref(scale));
        }
    }

    /** The scheme's rules, bandings and scales decide which nodes are rated on which scale. */
    @Override
    public List<Class<? extends EObject>> inputs() {
        return List.of(AggregationRule.class, Banding.class, Scale.class);
    }
}
