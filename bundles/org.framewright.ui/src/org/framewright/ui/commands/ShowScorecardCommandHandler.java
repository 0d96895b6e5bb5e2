package org.framewright.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.ui.scorecard.ScorecardView;

/** Scorecard...: shows the Scorecard view on the selected framework and its monthly data file. */
public final class ShowScorecardCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.ui.showScorecard";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IFile file = SelectedFrameworks.first(event, "Scorecard");
        if (file == null) {
            return null;
        }
        try {
            ScorecardView view = (ScorecardView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                .showView(ScorecardView.ID);
            view.showFramework(file);
            return view;
        } catch (PartInitException e) {
            throw new ExecutionException("The Scorecard view could not be opened", e);
        }
    }
}
