package org.framewright.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.ui.audit.AuditView;

/**
 * Audit...: shows the Audit view with the selected framework and the data file named like it chosen; the user picks
 * data and period and runs it (leave-one-out takes a few seconds).
 */
public final class AuditFrameworkCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.ui.audit";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IFile file = SelectedFrameworks.first(event, "Audit");
        if (file == null) {
            return null;
        }
        try {
            AuditView view = (AuditView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                .showView(AuditView.ID);
            view.chooseFramework(file);
            return view;
        } catch (PartInitException e) {
            throw new ExecutionException("The Audit view could not be opened", e);
        }
    }
}
