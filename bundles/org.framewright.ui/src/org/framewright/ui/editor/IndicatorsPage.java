package org.framewright.ui.editor;

import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
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
import org.framewright.ui.viewers.ProvenanceMarkers;

/** The framework's indicators as a table: sortable by any column, filtered by a search text, editable in place. */
final class IndicatorsPage extends FrameworkPage {

    static final String ID = "indicators";

    private TableViewer table;

    IndicatorsPage(FrameworkEditor editor) {
        super(editor, ID, "Indicators");
    }

    @Override
    protected void createContent(IManagedForm managedForm, Composite body, FormToolkit toolkit) {
        table = new FilterableTable(toolkit, body, "Filter by id, name, definition or source", SWT.MULTI,
            e -> Arrays.asList(indicator(e).getId(), indicator(e).getName(), indicator(e).getDefinition(),
                indicator(e).getSource().getLiteral(), indicator(e).getSourceDetail())).viewer();
        ItemImages images = new ItemImages(table.getControl());
        IItemLabelProvider labels = (IItemLabelProvider) document().adapterFactory()
            .adapt(document().framework(), IItemLabelProvider.class);
        Columns.add(table, "Id", 80, e -> indicator(e).getId(),
            e -> images.get(((IItemLabelProvider) document().adapterFactory().adapt(e, IItemLabelProvider.class))
                .getImage(e), ProblemOverlays.overlayOf(e), ProvenanceMarkers.overlayOf(e)));
        Columns.add(table, "Name", 380, e -> indicator(e).getName()).setEditingSupport(new FeatureEditingSupport(table,
            document().domain(), Literals.MODEL_ELEMENT__NAME, IndicatorsPage::indicator,
            parent -> new DataTypeCellEditor(parent, org.eclipse.emf.ecore.EcorePackage.Literals.ESTRING, false)));
        Columns.add(table, "Unit", 150,
            e -> ProvenanceMarkers.marked(e, "unit", indicator(e).getUnit().getLiteral()));
        Columns.add(table, "Polarity", 140,
            e -> ProvenanceMarkers.marked(e, "polarity", indicator(e).getPolarity().getLiteral())).setEditingSupport(
            new FeatureEditingSupport(table, document().domain(), Literals.INDICATOR__POLARITY, IndicatorsPage::indicator,
                parent -> new ChoiceCellEditor(parent, java.util.List.copyOf(org.framewright.model.Polarity.VALUES), labels)));
        Columns.add(table, "Source", 170,
            e -> ProvenanceMarkers.marked(e, "source", indicator(e).getSource().getLiteral()));
        Columns.add(table, "Frequency", 90, e -> indicator(e).getFrequency().getLiteral());
        Columns.add(table, "Lineage", 90, e -> indicator(e).getLineage().getLiteral());
        Columns.add(table, "Target", 80, e -> indicator(e).getTarget() == null ? "" : format(indicator(e).getTarget()))
            .setEditingSupport(new FeatureEditingSupport(table, document().domain(), Literals.INDICATOR__TARGET,
                IndicatorsPage::indicator,
                parent -> new DataTypeCellEditor(parent, org.eclipse.emf.ecore.EcorePackage.Literals.EDOUBLE_OBJECT, false)));
        // the reading of the attribute under the pointer (the Id column: every reading of the indicator)
        ProvenanceMarkers.installToolTips(table.getTable(), null, "name", "unit", "polarity", "source", "frequency",
            "lineage", "target");
        table.setInput(document().framework().getIndicators());
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
