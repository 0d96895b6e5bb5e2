package org.framewright.ui.explorer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.ui.actions.BaseSelectionListenerAction;

/**
 * One of the explorer's Copy, Paste and Delete: files, folders and projects are handled as the workbench handles
 * resources, model elements by the document's model action (on its shared command stack). The workbench allows one
 * handler per command in a part, so this action dispatches by what is selected.
 */
final class ResourceOrElementAction extends Action {

    private final IAction resources;
    private final IAction elements;
    private IAction current;

    ResourceOrElementAction(StructuredViewer viewer, IAction resources, IAction elements) {
        super(elements.getText());
        this.resources = resources;
        this.elements = elements;
        setId(elements.getId());
        setActionDefinitionId(elements.getActionDefinitionId());
        setImageDescriptor(elements.getImageDescriptor());
        IPropertyChangeListener enablement = event -> update();
        resources.addPropertyChangeListener(enablement);
        elements.addPropertyChangeListener(enablement);
        viewer.addSelectionChangedListener(event -> selectionChanged((IStructuredSelection) event.getSelection()));
        selectionChanged(viewer.getStructuredSelection());
    }

    private void selectionChanged(IStructuredSelection selection) {
        if (resources instanceof BaseSelectionListenerAction listener) {
            listener.selectionChanged(selection);
        }
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
