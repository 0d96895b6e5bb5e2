package org.framewright.ui.viewers;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** Table columns with text functions, sortable by a click on their header (numbers compare as numbers). */
public final class Columns {

    private Columns() {
    }

    /** Adds a sortable column showing {@code text} of each row. */
    public static TableViewerColumn add(TableViewer viewer, String title, int width, Function<Object, String> text) {
        return add(viewer, title, width, text, null);
    }

    /** Adds a sortable column showing {@code text} and {@code image} of each row. */
    public static TableViewerColumn add(TableViewer viewer, String title, int width, Function<Object, String> text,
            Function<Object, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setResizable(true);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply(element);
                return value == null ? "" : value;
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply(element);
            }
        });
        column.getColumn().addListener(SWT.Selection, event -> sortBy(viewer, column.getColumn(), text));
        return column;
    }

    private static void sortBy(ColumnViewer viewer, TableColumn column, Function<Object, String> text) {
        Table table = column.getParent();
        int direction = table.getSortColumn() == column && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
        table.setSortColumn(column);
        table.setSortDirection(direction);
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object left, Object right) {
                int order = compareText(text.apply(left), text.apply(right));
                return direction == SWT.UP ? order : -order;
            }
        });
    }

    /** Compares as numbers when both texts are numbers, else as text ignoring case; empty sorts last. */
    public static int compareText(String left, String right) {
        String a = left == null ? "" : left.trim();
        String b = right == null ? "" : right.trim();
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        return String.CASE_INSENSITIVE_ORDER.compare(a, b);
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text.replace("%", "").replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
