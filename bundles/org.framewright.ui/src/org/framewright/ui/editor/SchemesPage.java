package org.framewright.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.framewright.model.AggregationRule;
import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.Descriptor;
import org.framewright.model.MatrixCell;
import org.framewright.model.RuleMatrix;
import org.framewright.model.ScoringScheme;
import org.framewright.model.Weight;
import org.framewright.ui.viewers.ItemContentProvider;
import org.framewright.ui.viewers.ItemLabelProvider;
import org.framewright.ui.viewers.ProvenanceMarkers;

/**
 * The scoring schemes: a tree of each scheme's scales, bandings, rules and scenarios on the left; on the right the
 * weights of the selected aggregation rule, the bands of the selected banding and the rule's matrix as a grid.
 */
final class SchemesPage extends FrameworkPage {

    static final String ID = "schemes";

    private TreeViewer tree;
    private WeightsSection weights;
    private BandsSection bands;
    private MatrixSection matrix;

    SchemesPage(FrameworkEditor editor) {
        super(editor, ID, "Schemes");
    }

    @Override
    protected void createContent(IManagedForm managedForm, Composite body, FormToolkit toolkit) {
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(body);
        SashForm sash = new SashForm(body, SWT.HORIZONTAL);
        toolkit.adapt(sash);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        tree = new TreeViewer(toolkit.createTree(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL));
        tree.setContentProvider(new ItemContentProvider(document().adapterFactory()));
        tree.setLabelProvider(new ItemLabelProvider(document().adapterFactory(), tree.getControl()));
        ProvenanceMarkers.installToolTips(tree.getTree());
        tree.setInput(document().framework().getSchemes());
        tree.expandToLevel(2);
        Composite details = toolkit.createComposite(sash);
        GridLayoutFactory.fillDefaults().spacing(0, 12).applyTo(details);
        weights = new WeightsSection(toolkit, details, document());
        bands = new BandsSection(toolkit, details, document());
        matrix = new MatrixSection(toolkit, details, document());
        sash.setWeights(38, 62);
        tree.addSelectionChangedListener(event -> show(((IStructuredSelection) event.getSelection()).getFirstElement()));
        document().framework().getSchemes().stream().flatMap(s -> s.getAggregations().stream())
            .filter(r -> !r.getWeights().isEmpty() || r.getMatrix() != null).findFirst().ifPresent(this::show);
    }

    private void show(Object element) {
        AggregationRule rule = element instanceof AggregationRule r ? r
            : element instanceof Weight w ? (AggregationRule) w.eContainer()
            : element instanceof RuleMatrix m ? (AggregationRule) m.eContainer()
            : element instanceof MatrixCell c ? (AggregationRule) c.eContainer().eContainer() : null;
        Banding banding = element instanceof Banding b ? b : element instanceof Band b ? (Banding) b.eContainer()
            : rule != null ? rule.getBanding() : null;
        if (rule == null && banding == null) {
            return;
        }
        if (rule != null) {
            weights.show(rule);
            matrix.show(rule);
        }
        bands.show(banding);
        weights.setShown(rule != null);
        matrix.setShown(rule != null && rule.getMatrix() != null);
        bands.setShown(banding != null);
        weights.section().getParent().layout(true, true);
    }

    @Override
    StructuredViewer viewer() {
        return tree;
    }

    @Override
    boolean shows(EObject element) {
        for (EObject at = element; at != null; at = at.eContainer()) {
            if (at instanceof ScoringScheme) {
                return !(element instanceof Descriptor);
            }
        }
        return false;
    }

    @Override
    void documentChanged() {
        if (weights != null) {
            weights.refresh();
            bands.refresh();
            matrix.refresh();
        }
    }
}
