package org.framewright.compare.ui;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.part.FileEditorInput;

/** Resolve Conflicts...: opens the {@link MergeEditor} on the selected framework file with a pending conflict file. */
public final class ResolveConflictsCommandHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<IFile> files = CompareFrameworksCommandHandler.frameworkFiles(HandlerUtil.getCurrentSelection(event));
        if (files.size() != 1) {
            return null;
        }
        try {
            return HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                .openEditor(new FileEditorInput(files.get(0)), MergeEditor.ID, true,
                    IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT); // the form editor has the same input
        } catch (PartInitException e) {
            throw new ExecutionException("The Merge editor could not be opened on " + files.get(0).getName(), e);
        }
    }
}
