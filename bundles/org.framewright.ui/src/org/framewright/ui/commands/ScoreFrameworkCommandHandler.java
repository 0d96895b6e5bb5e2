package org.framewright.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.ui.results.ScoringView;

/**
 * Score...: shows the Scoring view with the selected framework, its first scheme and the data file named like it
 * chosen, and scores at once when both are there (else the view says what to choose).
 */
public final class ScoreFrameworkCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.ui.score";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IFile file = SelectedFrameworks.first(event, "Score");
        if (file == null) {
            return null;
        }
        try {
            ScoringView view = (ScoringView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                .showView(ScoringView.ID);
            return view.scoreFramework(file);
        } catch (PartInitException e) {
            throw new ExecutionException("The Scoring view could not be opened", e);
        }
    }
}
