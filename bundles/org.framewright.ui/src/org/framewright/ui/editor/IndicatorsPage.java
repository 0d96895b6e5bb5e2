package org.framewright.ui.editor;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.model.Indicator;
import org.framewright.ui.markers.ProblemOverlays;
import org.framewright.ui.properties.ChoiceCellEditor;
import org.framewright.ui.properties.DataTypeCellEditor;
import org.framewright.ui.viewers.Columns;
import org.framewright.ui.viewers.FeatureEditingSupport;
import org.framewright.ui.viewers.ItemImages;

/** The framework's indicators as a table: sortable by any column, filtered by a search text, editable in place. */
final class IndicatorsPage extends FrameworkPage {

    static final String ID = "indicators";

    private TableViewer table;
    private String filter = "";

    IndicatorsPage(FrameworkEditor editor) {
        super(editor, ID, "Indicators");
    }

    @Override
    protected void createContent(IManagedForm managedForm, Composite body, FormToolkit toolkit) {
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(body);
        Text search = toolkit.createText(body, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Filter by id, name, definition or source");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        table = new TableViewer(toolkit.createTable(body, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL));
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(table.getControl());
        ItemImages images = new ItemImages(table.getControl());
        IItemLabelProvider labels = (IItemLabelProvider) document().adapterFactory()
            .adapt(document().framework(), IItemLabelProvider.class);
        Columns.add(table, "Id", 80, e -> indicator(e).getId(),
            e -> images.get(((IItemLabelProvider) document().adapterFactory().adapt(e, IItemLabelProvider.class))
                .getImage(e), ProblemOverlays.overlayOf(e)));
        Columns.add(table, "Name", 380, e -> indicator(e).getName()).setEditingSupport(new FeatureEditingSupport(table,
            document().domain(), Literals.MODEL_ELEMENT__NAME, IndicatorsPage::indicator,
            parent -> new DataTypeCellEditor(parent, org.eclipse.emf.ecore.EcorePackage.Literals.ESTRING, false)));
        Columns.add(table, "Unit", 150, e -> indicator(e).getUnit().getLiteral());
        Columns.add(table, "Polarity", 140, e -> indicator(e).getPolarity().getLiteral()).setEditingSupport(
            new FeatureEditingSupport(table, document().domain(), Literals.INDICATOR__POLARITY, IndicatorsPage::indicator,
                parent -> new ChoiceCellEditor(parent, java.util.List.copyOf(org.framewright.model.Polarity.VALUES), labels)));
        Columns.add(table, "Source", 170, e -> indicator(e).getSource().getLiteral());
        Columns.add(table, "Frequency", 90, e -> indicator(e).getFrequency().getLiteral());
        Columns.add(table, "Lineage", 90, e -> indicator(e).getLineage().getLiteral());
        Columns.add(table, "Target", 80, e -> indicator(e).getTarget() == null ? "" : format(indicator(e).getTarget()))
            .setEditingSupport(new FeatureEditingSupport(table, document().domain(), Literals.INDICATOR__TARGET,
                IndicatorsPage::indicator,
                parent -> new DataTypeCellEditor(parent, org.eclipse.emf.ecore.EcorePackage.Literals.EDOUBLE_OBJECT, false)));
        table.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
        table.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                return matches(indicator(element));
            }
        });
        table.setInput(document().framework().getIndicators());
        search.addModifyListener(event -> {
            filter = search.getText().trim().toLowerCase(Locale.ROOT);
            table.refresh();
        });
    }

    private boolean matches(Indicator indicator) {
        if (filter.isEmpty()) {
            return true;
        }
        return contains(indicator.getId()) || contains(indicator.getName()) || contains(indicator.getDefinition())
            || contains(indicator.getSource().getLiteral()) || contains(indicator.getSourceDetail());
    }

    private boolean contains(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(filter);
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static Indicator indicator(Object element) {
        return (Indicator) element;
    }

    @Override
    StructuredViewer viewer() {
        return table;
    }

    @Override
    boolean shows(EObject element) {
        return element instanceof Indicator;
    }
}
