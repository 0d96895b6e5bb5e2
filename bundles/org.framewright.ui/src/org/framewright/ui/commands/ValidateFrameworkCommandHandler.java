package org.framewright.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.markers.ProblemMarkers;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/** Validates the active framework editor's model now and shows the result in the Problems view. */
public final class ValidateFrameworkCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.ui.validate";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof FrameworkEditor editor)) {
            return null;
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
}
