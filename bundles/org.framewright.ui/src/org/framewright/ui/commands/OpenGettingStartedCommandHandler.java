package org.framewright.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.ui.start.GettingStartedEditor;

/** Help > Getting Started: opens the Getting Started page (or brings it to the front). */
public final class OpenGettingStartedCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.ui.gettingStarted";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            return GettingStartedEditor.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
        } catch (PartInitException e) {
            throw new ExecutionException("The Getting Started page could not be opened", e);
        }
    }
}
