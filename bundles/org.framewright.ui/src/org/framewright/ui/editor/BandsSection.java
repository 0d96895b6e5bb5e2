package org.framewright.ui.editor;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.properties.DataTypeCellEditor;
import org.framewright.ui.viewers.Columns;
import org.framewright.ui.viewers.FeatureEditingSupport;

/** The bands of a banding: level, lower and upper bound (inclusive, editable). */
final class BandsSection extends DetailSection {

    private Banding banding;

    BandsSection(FormToolkit toolkit, Composite parent, ModelDocument document) {
        super(toolkit, parent, document, "Bands");
        Columns.add(table(), "Level", 200, e -> ((Band) e).getLevel() == null ? "" : ((Band) e).getLevel().getName());
        Columns.add(table(), "Lower", 90, e -> IndicatorsPage.format(((Band) e).getLower())).setEditingSupport(
            new FeatureEditingSupport(table(), document.domain(), Literals.BAND__LOWER, e -> (Band) e,
                p -> new DataTypeCellEditor(p, EcorePackage.Literals.EDOUBLE, false)));
        Columns.add(table(), "Upper", 90, e -> IndicatorsPage.format(((Band) e).getUpper())).setEditingSupport(
            new FeatureEditingSupport(table(), document.domain(), Literals.BAND__UPPER, e -> (Band) e,
                p -> new DataTypeCellEditor(p, EcorePackage.Literals.EDOUBLE, false)));
    }

    void show(Banding newBanding) {
        banding = newBanding;
        table().setInput(banding == null ? java.util.List.of() : banding.getBands());
        updateDescription();
    }

    @Override
    void updateDescription() {
        describe(banding == null ? "The selected rule uses no banding."
            : banding.getName() + ": bands are inclusive at both ends; step " + IndicatorsPage.format(banding.getStep()) + ".");
    }
}
