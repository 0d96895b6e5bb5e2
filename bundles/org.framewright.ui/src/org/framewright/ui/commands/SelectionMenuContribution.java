package org.framewright.ui.commands;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;

/**
 * A context menu entry computed from the element the menu was opened on ({@code <dynamic>} in plugin.xml): the
 * Open Diagram and Open With submenus.
 */
public abstract class SelectionMenuContribution extends CompoundContributionItem implements IWorkbenchContribution {

    private IServiceLocator locator;

    @Override
    public void initialize(IServiceLocator serviceLocator) {
        this.locator = serviceLocator;
    }

    /** The workbench services of the menu (commands, handlers, the window). */
    protected IServiceLocator locator() {
        return locator;
    }

    /** True when the menu was opened with nothing selected. */
    protected boolean nothingSelected() {
        return SelectedFrameworks.menuSelection(locator) instanceof IStructuredSelection selection
            && selection.isEmpty();
    }

    /** The single element the menu was opened on; null for an empty or multiple selection. */
    protected Object selectedElement() {
        return SelectedFrameworks.menuSelection(locator) instanceof IStructuredSelection selection
            && selection.size() == 1 ? selection.getFirstElement() : null;
    }
}
