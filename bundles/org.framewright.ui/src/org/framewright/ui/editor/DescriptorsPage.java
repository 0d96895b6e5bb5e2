package org.framewright.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
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

    DescriptorsPage(FrameworkEditor editor) {
        super(editor, ID, "Descriptors");
    }

    @Override
    protected void createContent(IManagedForm managedForm, Composite body, FormToolkit toolkit) {
        table = new FilterableTable(toolkit, body, "Filter by area, level or text", SWT.SINGLE,
            e -> List.of(name(((Descriptor) e).getArea()) + " " + name(((Descriptor) e).getLevel()) + " "
                + oneLine(((Descriptor) e).getText()))).viewer();
        Columns.add(table, "Scale", 200, e -> ((Scale) ((Descriptor) e).eContainer()).getName());
        Columns.add(table, "Area", 200, e -> name(((Descriptor) e).getArea()));
        Columns.add(table, "Level", 110, e -> name(((Descriptor) e).getLevel()));
        Columns.add(table, "Includes lower", 100, e -> ((Descriptor) e).isIncludesLowerLevel() ? "yes" : "");
        Columns.add(table, "Text", 600, e -> oneLine(((Descriptor) e).getText())).setEditingSupport(
            new FeatureEditingSupport(table, document().domain(), Literals.DESCRIPTOR__TEXT, e -> (Descriptor) e,
                p -> new DataTypeCellEditor(p, EcorePackage.Literals.ESTRING, false)));
        table.setInput(descriptors());
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
