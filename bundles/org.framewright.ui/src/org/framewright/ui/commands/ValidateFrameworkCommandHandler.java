package org.framewright.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.markers.ProblemMarkers;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * Validates the active framework editor's model now, or else the selected framework files (Model Explorer), and
 * shows the result in the Problems view.
 */
public final class ValidateFrameworkCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.ui.validate";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart part = HandlerUtil.getActivePart(event) instanceof IEditorPart active ? active : null;
        if (!(part instanceof FrameworkEditor editor)) {
            return validateSelected(event);
        }
        List<ModelDiagnostic> diagnostics = ProblemMarkers.update(editor.document());
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        String summary = diagnostics.isEmpty() ? editor.getPartName() + ": no problems"
            : editor.getPartName() + ": " + errors + " errors, " + (diagnostics.size() - errors) + " warnings";
        editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(summary);
        try {
            editor.getSite().getPage().showView(IPageLayout.ID_PROBLEM_VIEW, null,
                org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            // the Problems view is optional
        }
        return diagnostics;
    }

    /** Validates the selected framework files (or the active editor's) and shows the Problems view. */
    private static List<ModelDiagnostic> validateSelected(ExecutionEvent event) throws ExecutionException {
        List<IFile> files = SelectedFrameworks.of(event);
        if (files.isEmpty()) {
            SelectedFrameworks.first(event, "Validate");
            return List.of();
        }
        List<ModelDiagnostic> all = new ArrayList<>();
        for (IFile file : files) {
            try {
                ModelDocument document = ModelDocuments.acquire(file);
                try {
                    all.addAll(ProblemMarkers.update(document));
                } finally {
                    document.release();
                }
            } catch (CoreException e) {
                throw new ExecutionException(file.getFullPath() + ": cannot validate: " + e.getMessage(), e);
            }
        }
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW,
                null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            // the Problems view is optional
        }
        return all;
    }
}
