package org.framewright.ui.editor;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.model.Weight;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.properties.DataTypeCellEditor;
import org.framewright.ui.viewers.Columns;
import org.framewright.ui.viewers.FeatureEditingSupport;

/** The weights of an aggregation rule: the part and its percent (editable); the description shows the sum. */
final class WeightsSection extends DetailSection {

    private AggregationRule rule;

    WeightsSection(FormToolkit toolkit, Composite parent, ModelDocument document) {
        super(toolkit, parent, document, "Weights");
        Columns.add(table(), "Part", 260, e -> label(((Weight) e).getPart()));
        Columns.add(table(), "Percent", 90, e -> IndicatorsPage.format(((Weight) e).getPercent()))
            .setEditingSupport(new FeatureEditingSupport(table(), document.domain(), Literals.WEIGHT__PERCENT,
                e -> (Weight) e, p -> new DataTypeCellEditor(p, EcorePackage.Literals.EDOUBLE, false)));
    }

    void show(AggregationRule newRule) {
        rule = newRule;
        table().setInput(rule.getWeights());
        updateDescription();
    }

    @Override
    void updateDescription() {
        if (rule == null) {
            return;
        }
        double sum = new AggregationRuleQuery(rule).weightSum();
        describe(rule.getWeights().isEmpty() ? label(rule) + " (" + rule.getMethod() + ") has no weights."
            : label(rule) + " (" + rule.getMethod() + "): weights sum to " + IndicatorsPage.format(sum)
                + (AggregationRuleQuery.isWhole(sum) ? "." : " (they should sum to 100)."));
    }

    private String label(Object element) {
        if (element == null) {
            return "";
        }
        IItemLabelProvider labels = (IItemLabelProvider) document().adapterFactory().adapt(element, IItemLabelProvider.class);
        return labels == null ? String.valueOf(element) : labels.getText(element);
    }
}
