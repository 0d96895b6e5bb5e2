package org.framewright.ui.explorer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.DeleteResourceAction;
import org.framewright.ui.editing.DeleteAction;

/**
 * The explorer's Delete: files, folders and projects are deleted as the workbench deletes resources (asking first);
 * model elements with an EMF delete command on the file's shared command stack ({@link DeleteAction}).
 */
final class ExplorerDeleteAction extends Action {

    private final DeleteAction elements;
    private final DeleteResourceAction resources;
    private IAction current;

    ExplorerDeleteAction(StructuredViewer viewer, IWorkbenchPartSite site) {
        super("&Delete");
        setId(ActionFactory.DELETE.getId());
        this.elements = new DeleteAction(viewer);
        this.resources = new DeleteResourceAction(site);
        setImageDescriptor(elements.getImageDescriptor());
        setActionDefinitionId(elements.getActionDefinitionId());
        elements.addPropertyChangeListener(event -> update());
        viewer.addSelectionChangedListener(event -> selectionChanged((IStructuredSelection) event.getSelection()));
        selectionChanged(viewer.getStructuredSelection());
    }

    private void selectionChanged(IStructuredSelection selection) {
        resources.selectionChanged(selection);
        current = Resources.only(selection) ? resources : elements;
        update();
    }

    private void update() {
        setEnabled(current != null && current.isEnabled());
    }

    @Override
    public void run() {
        if (current != null && current.isEnabled()) {
            current.run();
        }
    }
}
