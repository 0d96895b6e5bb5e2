package org.framewright.compare.ui;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Show History: opens the Framework History view on the selected framework file. */
public final class ShowHistoryCommandHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IFile> files = CompareFrameworksCommandHandler.frameworkFiles(HandlerUtil.getCurrentSelection(event));
        if (files.size() != 1) {
            return null;
        }
        try {
            FrameworkHistoryView view = (FrameworkHistoryView) HandlerUtil.getActiveWorkbenchWindowChecked(event)
                .getActivePage().showView(FrameworkHistoryView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
            view.showHistoryOf(files.get(0));
            return view;
        } catch (PartInitException e) {
            throw new ExecutionException("The Framework History view could not be opened", e);
        }
    }
}
