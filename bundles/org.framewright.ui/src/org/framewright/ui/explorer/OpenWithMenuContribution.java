package org.framewright.ui.explorer;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.OpenWithMenu;
import org.framewright.ui.commands.SelectionMenuContribution;

/**
 * The <i>Open With</i> submenu of a selected file, as Eclipse's Project Explorer has it: every editor registered for
 * the file (for a {@code .framework} file the Framework Editor and the Framework Diagram), the system editor, ...
 */
public final class OpenWithMenuContribution extends SelectionMenuContribution {

    /** The submenu's label. */
    public static final String LABEL = "Open With";

    @Override
    protected IContributionItem[] getContributionItems() {
        IWorkbenchWindow window = locator().getService(IWorkbenchWindow.class);
        if (window == null || !(selectedElement() instanceof IFile file)) {
            return new IContributionItem[0];
        }
        MenuManager submenu = new MenuManager(LABEL, "org.framewright.ui.explorer.openWith");
        submenu.add(new OpenWithMenu(window.getActivePage(), file));
        return new IContributionItem[] {submenu};
    }
}
