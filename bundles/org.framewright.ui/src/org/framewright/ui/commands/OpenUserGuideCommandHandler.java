package org.framewright.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.ui.help.UserGuideEditor;

/** Help > Contents: opens the user guide in the editor area (or brings it to the front). */
public final class OpenUserGuideCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.ui.userGuide";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            return UserGuideEditor.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
        } catch (PartInitException e) {
            throw new ExecutionException("The user guide could not be opened", e);
        }
    }
}
