package org.framewright.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.framewright.io.DataImport;
import org.framewright.io.DataProblem;

/** A data import's errors and warnings: severity, location (file:line:column), column and message. */
public final class ProblemsTable {

    /** One problem with its severity. */
    public record Row(String severity, DataProblem problem) {

        /** {@code file:line:column}. */
        public String location() {
            return problem.file().getFileName() + ":" + problem.line() + ":" + problem.column();
        }
    }

    private final TableViewer viewer;

    ProblemsTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Severity", 70, Row::severity);
        column("Location", 180, Row::location);
        column("Column", 90, r -> r.problem().columnName() == null ? "" : r.problem().columnName());
        column("Message", 420, r -> r.problem().message());
    }

    private void column(String title, int width, java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
    }

    /** The errors, then the warnings, of {@code dataImport}. */
    public static List<Row> rows(DataImport dataImport) {
        List<Row> rows = new ArrayList<>();
        dataImport.errors().forEach(p -> rows.add(new Row("Error", p)));
        dataImport.warnings().forEach(p -> rows.add(new Row("Warning", p)));
        return rows;
    }

    void show(List<Row> rows) {
        viewer.setInput(rows);
    }

    /** The viewer. */
    public TableViewer viewer() {
        return viewer;
    }
}
