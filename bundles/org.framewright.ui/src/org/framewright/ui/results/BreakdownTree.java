package org.framewright.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeColumn;
import org.framewright.model.Framework;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoreFormat;

/**
 * One council's breakdown as a tree in the framework's order (overall, areas, statements, indicators, evidence),
 * each node with its score, rating and arithmetic ({@link NodeResult#explanation()}); below it, the selected row's
 * steps one per line, its inputs and notes.
 */
final class BreakdownTree {

    /** The columns' titles, in order. */
    static final String[] HEADERS = {"Node", "Score", "Rating", "Calculation"};

    private final TreeViewer viewer;
    private final Text details;

    BreakdownTree(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        Composite holder = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(holder);
        viewer = new TreeViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new RowContent());
        column(HEADERS[0], BreakdownRow::label);
        column(HEADERS[1], row -> ScoreFormat.format(row.result() == null ? row.input().value() : row.result().score()));
        column(HEADERS[2], row -> row.result() == null ? excluded(row.input()) : row.result().rating());
        column(HEADERS[3], row -> row.result() == null ? "" : String.join("; ", row.result().explanation()));
        details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        sash.setWeights(75, 25);
        viewer.addSelectionChangedListener(event -> details.setText(details(
            (BreakdownRow) ((IStructuredSelection) event.getSelection()).getFirstElement())));
    }

    private void column(String title, Function<BreakdownRow, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setResizable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((BreakdownRow) element);
                return value == null ? "" : value;
            }
        });
    }

    /** Shows {@code council}'s breakdown with overall and its areas expanded, columns sized to their content. */
    void show(CouncilResult council, Framework framework) {
        details.setText("");
        if (council == null) {
            viewer.setInput(List.of());
            return;
        }
        viewer.getTree().setRedraw(false);
        try {
            viewer.setInput(List.of(BreakdownRow.of(council, framework)));
            // size every column to its widest cell, expanded, then show the first two levels
            viewer.expandAll();
            for (TreeColumn column : viewer.getTree().getColumns()) {
                column.pack();
            }
            // long indicator names (ASCOF) must not push the arithmetic out of sight; the details show them whole
            TreeColumn node = viewer.getTree().getColumn(0);
            node.setWidth(Math.min(node.getWidth(), Math.max(360, viewer.getTree().getClientArea().width * 3 / 5)));
            viewer.collapseAll();
            viewer.expandToLevel(2);
        } finally {
            viewer.getTree().setRedraw(true);
        }
    }

    /** The steps, inputs and notes of a row, one per line. */
    static String details(BreakdownRow row) {
        if (row == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add(row.label());
        if (row.result() == null) {
            lines.add("input: " + ScoreFormat.format(row.input().value()) + " " + excluded(row.input()));
            return String.join("\n", lines);
        }
        row.result().explanation().forEach(step -> lines.add("  " + step));
        for (String note : row.result().notes()) {
            // rounding is a step already; other notes (missing inputs, imputation, caps) say more than the steps
            if (!note.contains(" rounded ")) {
                lines.add("  note: " + note);
            }
        }
        return String.join("\n", lines);
    }

    private static String excluded(Contribution input) {
        return input.excluded() ? "(missing: left out)" : "";
    }

    TreeViewer viewer() {
        return viewer;
    }

    /** The selected row's steps, inputs and notes as shown below the tree. */
    Text details() {
        return details;
    }

    /** Rows are the tree's nodes; the input is a list holding the root. */
    private static final class RowContent implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((BreakdownRow) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((BreakdownRow) element).children().isEmpty();
        }
    }
}
