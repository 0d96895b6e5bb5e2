package org.framewright.ui.editor;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.framewright.model.Descriptor;
import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.model.Scale;
import org.framewright.ui.properties.DataTypeCellEditor;
import org.framewright.ui.viewers.Columns;
import org.framewright.ui.viewers.FeatureEditingSupport;

/** The descriptors of every scale: the text for each area at each level, filterable and editable in place. */
final class DescriptorsPage extends FrameworkPage {

    static final String ID = "descriptors";

    private TableViewer table;
    private String filter = "";

    DescriptorsPage(FrameworkEditor editor) {
        super(editor, ID, "Descriptors");
    }

    @Override
    protected void createContent(IManagedForm managedForm, Composite body, FormToolkit toolkit) {
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(body);
        Text search = toolkit.createText(body, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Filter by area, level or text");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        table = new TableViewer(toolkit.createTable(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL));
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(table.getControl());
        Columns.add(table, "Scale", 200, e -> ((Scale) ((Descriptor) e).eContainer()).getName());
        Columns.add(table, "Area", 200, e -> name(((Descriptor) e).getArea()));
        Columns.add(table, "Level", 110, e -> name(((Descriptor) e).getLevel()));
        Columns.add(table, "Includes lower", 100, e -> ((Descriptor) e).isIncludesLowerLevel() ? "yes" : "");
        Columns.add(table, "Text", 600, e -> oneLine(((Descriptor) e).getText())).setEditingSupport(
            new FeatureEditingSupport(table, document().domain(), Literals.DESCRIPTOR__TEXT, e -> (Descriptor) e,
                p -> new DataTypeCellEditor(p, EcorePackage.Literals.ESTRING, false)));
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                Descriptor d = (Descriptor) element;
                return filter.isEmpty() || (name(d.getArea()) + " " + name(d.getLevel()) + " " + d.getText())
                    .toLowerCase(Locale.ROOT).contains(filter);
            }
        });
        table.setInput(descriptors());
        search.addModifyListener(event -> {
            filter = search.getText().trim().toLowerCase(Locale.ROOT);
            table.refresh();
        });
    }

    private List<Descriptor> descriptors() {
        return document().framework().getSchemes().stream().flatMap(s -> s.getScales().stream())
            .flatMap(s -> s.getDescriptors().stream()).toList();
    }

    private static String name(org.framewright.model.ModelElement element) {
        return element == null ? "" : element.getName();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ');
    }

    @Override
    StructuredViewer viewer() {
        return table;
    }

    @Override
    boolean shows(EObject element) {
        return element instanceof Descriptor;
    }

    @Override
    void documentChanged() {
        if (table != null && !table.getControl().isDisposed()) {
            table.setInput(descriptors());
        }
    }
}
