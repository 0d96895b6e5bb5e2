package org.framewright.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.framewright.model.Area;
import org.framewright.model.EvidenceItem;
import org.framewright.model.Classification;
import org.framewright.model.ClassificationGroup;
import org.framewright.model.LeadsTo;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicModel;
import org.framewright.model.Statement;
import org.framewright.ui.diagrams.DiagramReference;
import org.framewright.ui.diagrams.OpenDiagramCommand;
import org.framewright.ui.editing.TreeDragAndDrop;
import org.framewright.ui.viewers.ItemContentProvider;
import org.framewright.ui.viewers.ItemLabelProvider;
import org.framewright.ui.viewers.ProvenanceMarkers;

/**
 * The framework's structure: the tree of areas with their statements, evidence items and logic models, and the
 * classifications; inferred or invented facts carry the provenance marker ({@link ProvenanceMarkers}).
 * Elements are reordered or moved to another parent by drag and drop; double-clicking a logic model opens its
 * diagram.
 */
final class StructurePage extends FrameworkPage {

    static final String ID = "structure";

    private TreeViewer tree;

    StructurePage(FrameworkEditor editor) {
        super(editor, ID, "Structure");
    }

    @Override
    protected void createContent(IManagedForm managedForm, Composite body, FormToolkit toolkit) {
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(body);
        toolkit.createLabel(body, "Levels: " + String.join(" > ", document().framework().getLevelNames())
            + ". Select an element to edit it in the Properties view.");
        tree = new TreeViewer(toolkit.createTree(body, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL));
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(tree.getControl());
        tree.setContentProvider(new ItemContentProvider(document().adapterFactory()));
        tree.setLabelProvider(new ItemLabelProvider(document().adapterFactory(), tree.getControl()));
        tree.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                return shows(element);
            }
        });
        ProvenanceMarkers.installToolTips(tree.getTree());
        tree.setInput(document().framework());
        tree.expandToLevel(2);
        TreeDragAndDrop.hook(tree);
        tree.addDoubleClickListener(event -> openDiagram(tree.getStructuredSelection().getFirstElement()));
    }

    /** Double-click on a logic model opens its diagram; on anything else it expands or collapses the element. */
    private void openDiagram(Object element) {
        if (element instanceof LogicModel) {
            OpenDiagramCommand.execute(getSite(), DiagramReference.ofElement(element), getSite().getShell());
        } else if (element != null) {
            tree.setExpandedState(element, !tree.getExpandedState(element));
        }
    }

    @Override
    StructuredViewer viewer() {
        return tree;
    }

    @Override
    boolean shows(EObject element) {
        return shows((Object) element);
    }

    private static boolean shows(Object element) {
        return element instanceof Area || element instanceof Statement || element instanceof EvidenceItem
            || element instanceof LogicModel
            || element instanceof LogicElement || element instanceof LeadsTo || element instanceof Classification
            || element instanceof ClassificationGroup;
    }

    @Override
    void documentChanged() {
        // the item content provider refreshes the changed elements itself
    }
}
