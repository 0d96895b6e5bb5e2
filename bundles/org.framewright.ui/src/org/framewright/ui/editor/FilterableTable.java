package org.framewright.ui.editor;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The skeleton of a form page that lists elements in a table under a search field (the Indicators and Descriptors
 * pages): the field filters the rows, case-insensitively, to those where one of the element's searched texts contains
 * what was typed; the page adds its columns and sets the input.
 */
final class FilterableTable {

    private final Text search;
    private final TableViewer viewer;
    private String filter = "";

    /**
     * Lays out {@code body} as a search field (showing {@code prompt}) above a table of style {@code selection}
     * ({@link SWT#SINGLE} or {@link SWT#MULTI}) whose rows are filtered on {@code searched} texts of each element
     * (null texts are skipped).
     */
    FilterableTable(FormToolkit toolkit, Composite body, String prompt, int selection,
            Function<Object, List<String>> searched) {
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(body);
        search = toolkit.createText(body, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(prompt);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        viewer = new TableViewer(toolkit.createTable(body, selection | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parent, Object element) {
                return filter.isEmpty() || searched.apply(element).stream()
                    .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(filter));
            }
        });
        search.addModifyListener(event -> {
            filter = search.getText().trim().toLowerCase(Locale.ROOT);
            viewer.refresh();
        });
    }

    /** The table (the page adds its columns and input). */
    TableViewer viewer() {
        return viewer;
    }
}
