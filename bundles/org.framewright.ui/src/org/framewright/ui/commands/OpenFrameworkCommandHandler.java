package org.framewright.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.ui.editor.FrameworkEditor;

/** Open: opens the form editor (Framework Editor) of each selected framework file. */
public final class OpenFrameworkCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.ui.open";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        FrameworkEditor last = null;
        for (IFile file : SelectedFrameworks.of(event)) {
            last = FrameworkEditor.open(page, file, null);
        }
        return last;
    }
}
