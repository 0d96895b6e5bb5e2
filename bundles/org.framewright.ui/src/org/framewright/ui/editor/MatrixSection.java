package org.framewright.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.model.MatrixCell;
import org.framewright.model.RuleMatrix;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.properties.ChoiceCellEditor;
import org.framewright.ui.viewers.Columns;
import org.framewright.ui.viewers.FeatureEditingSupport;

/**
 * A rule matrix as a grid: one row per level of the row node, one column per level of the column node, each cell
 * the resulting level (a combo of the result scale's levels).
 */
final class MatrixSection extends DetailSection {

    private RuleMatrix matrix;

    MatrixSection(FormToolkit toolkit, Composite parent, ModelDocument document) {
        super(toolkit, parent, document, "Matrix");
    }

    void show(AggregationRule rule) {
        matrix = rule.getMatrix();
        for (TableColumn column : table().getTable().getColumns()) {
            column.dispose();
        }
        if (matrix == null || matrix.getCells().isEmpty()) {
            table().setInput(List.of());
            updateDescription();
            return;
        }
        MatrixCell first = matrix.getCells().get(0);
        List<ScaleLevel> rows = levels(first.getRow());
        List<ScaleLevel> columns = levels(first.getColumn());
        List<Object> results = new ArrayList<>(levels(first.getResult()));
        IItemLabelProvider labels = (IItemLabelProvider) document().adapterFactory().adapt(first, IItemLabelProvider.class);
        String corner = name(matrix.getRowNode()) + " \u2193 / " + name(matrix.getColumnNode()) + " \u2192";
        Columns.add(table(), corner, 220, e -> ((ScaleLevel) e).getName());
        for (ScaleLevel column : columns) {
            Columns.add(table(), column.getName(), 110, e -> resultName(cell((ScaleLevel) e, column)))
                .setEditingSupport(new FeatureEditingSupport(table(), document().domain(), Literals.MATRIX_CELL__RESULT,
                    e -> cell((ScaleLevel) e, column), p -> new ChoiceCellEditor(p, results, labels)));
        }
        table().setInput(rows);
        updateDescription();
    }

    @Override
    void updateDescription() {
        describe(matrix == null ? "The selected rule has no matrix."
            : "Rows: " + name(matrix.getRowNode()) + "; columns: " + name(matrix.getColumnNode())
                + ". Click a cell to choose the resulting level.");
    }

    private MatrixCell cell(ScaleLevel row, ScaleLevel column) {
        for (MatrixCell cell : matrix.getCells()) {
            if (cell.getRow() == row && cell.getColumn() == column) {
                return cell;
            }
        }
        return null;
    }

    private static String resultName(MatrixCell cell) {
        return cell == null || cell.getResult() == null ? "" : cell.getResult().getName();
    }

    private static String name(EObject node) {
        return node instanceof org.framewright.model.ModelElement element ? element.getName() : "overall";
    }

    private static List<ScaleLevel> levels(ScaleLevel level) {
        if (level == null) {
            return List.of();
        }
        return level.eContainer() instanceof Scale scale ? scale.getLevels() : List.of(level);
    }
}
