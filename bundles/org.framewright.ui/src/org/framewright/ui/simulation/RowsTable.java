package org.framewright.ui.simulation;

import java.nio.file.Path;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.framewright.io.CsvTableWriter;

/**
 * A sortable table of rows of values under named columns (the rows that {@link #exportCsv} writes): click a column
 * header to sort by it, again to reverse. Numbers show with three decimals; null as "-".
 */
public final class RowsTable {

    private final Composite parent;
    private TableViewer viewer;
    private List<String> header = List.of();
    private int sortColumn = -1;
    private boolean descending;

    /** An empty table in {@code parent}. */
    public RowsTable(Composite parent) {
        this.parent = parent;
        viewer = create(List.of());
    }

    private TableViewer create(List<String> columns) {
        TableViewer table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        for (int c = 0; c < columns.size(); c++) {
            int column = c;
            TableViewerColumn col = new TableViewerColumn(table, c == 0 ? SWT.LEFT : SWT.RIGHT);
            col.getColumn().setText(columns.get(c));
            col.getColumn().setWidth(Math.max(70, 9 * columns.get(c).length()));
            col.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return text(((List<?>) element).get(column));
                }
            });
            col.getColumn().addListener(SWT.Selection, e -> sortBy(column, col.getColumn()));
        }
        table.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                if (sortColumn < 0) {
                    return 0;
                }
                int order = compareValues(((List<?>) a).get(sortColumn), ((List<?>) b).get(sortColumn));
                return descending ? -order : order;
            }
        });
        return table;
    }

    /** Shows {@code rows} under {@code columns}, unsorted (input order). */
    public void show(List<String> columns, List<List<Object>> rows) {
        if (!columns.equals(header)) {
            viewer.getTable().dispose();
            viewer = create(columns);
            header = List.copyOf(columns);
            parent.layout(true, true);
        }
        sortColumn = -1;
        viewer.getTable().setSortColumn(null);
        viewer.setInput(rows);
        for (TableColumn column : viewer.getTable().getColumns()) {
            column.pack();
        }
    }

    private void sortBy(int column, TableColumn control) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        Table table = viewer.getTable();
        table.setSortColumn(control);
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a instanceof Comparable comparable && a.getClass() == b.getClass() ? comparable.compareTo(b)
            : String.valueOf(a).compareTo(String.valueOf(b));
    }

    /** The text of a cell: numbers with three decimals, null as "-". */
    public static String text(Object value) {
        if (value == null) {
            return "-";
        }
        return value instanceof Double number ? String.format(Locale.ROOT, "%.3f", number) : value.toString();
    }

    /** Writes the shown rows (in input order, full precision) as CSV, atomically. */
    public void exportCsv(Path file) throws IOException {
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = (List<List<Object>>) viewer.getInput();
        CsvTableWriter.write(file, header, rows == null ? List.of() : rows);
    }

    /** The viewer (tests read its rows). */
    public TableViewer viewer() {
        return viewer;
    }
}
