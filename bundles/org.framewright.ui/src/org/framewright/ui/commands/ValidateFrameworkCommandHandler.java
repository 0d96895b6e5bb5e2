package org.framewright.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
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
 * shows the result in the Problems view, with a summary in the status line.
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
        showProblems(editor.getSite().getPage());
        tell(editor.getEditorSite().getActionBars().getStatusLineManager(), summary(editor.getPartName(), diagnostics));
        return diagnostics;
    }

    private static String summary(String what, List<ModelDiagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        return diagnostics.isEmpty() ? what + ": no problems"
            : what + ": " + errors + " errors, " + (diagnostics.size() - errors) + " warnings";
    }

    private static void showProblems(IWorkbenchPage page) {
        try {
            page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            // the Problems view is optional
        }
    }

    // Said after the Problems view is shown, and once more when the events of its creation have run: creating it
    // re-lays out the window's trim, which left the status line empty the first time (a person saw nothing).
    private static void tell(IStatusLineManager statusLine, String summary) {
        statusLine.setMessage(summary);
        Display.getCurrent().asyncExec(() -> statusLine.setMessage(summary));
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
        showProblems(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
        if (HandlerUtil.getActivePart(event) instanceof IViewPart view) {
            String what = files.size() == 1 ? files.get(0).getName() : files.size() + " frameworks";
            tell(view.getViewSite().getActionBars().getStatusLineManager(), summary(what, all));
        }
        return all;
    }
}
