package org.framewright.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.framewright.testing.ui.Controls;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Edit &gt; Validate on an open framework says what it found in the status line, also the first time, when it has to
 * open the Problems view (the journey library on the built product found the first summary lost then: a person saw
 * nothing until validating again). Validate from the Model Explorer's context menu says it too.
 */
class ValidateStatusLineTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void theFirstValidateShowsItsSummaryInTheStatusLineWhileOpeningTheProblemsView() throws Exception {
        IViewPart problems = Workbenches.page().findView(IPageLayout.ID_PROBLEM_VIEW);
        if (problems != null) {
            Workbenches.page().hideView(problems);
        }
        IFile file = Workbenches.freshSample("ascof-2023-24.framework");
        IEditorPart editor = Gestures.doubleClickInExplorer(file);
        assertNotNull(editor);

        Menus.select("Edit", "Validate");
        String expected = "ascof-2023-24.framework: no problems";
        Workbenches.waitFor(() -> statusLineTexts().contains(expected), 10_000,
            () -> "the status line shows " + statusLineTexts() + ", not '" + expected + "'");
        assertNotNull(Workbenches.page().findView(IPageLayout.ID_PROBLEM_VIEW), "Validate opened the Problems view");
        // what a person still reads a moment later, after the Problems view has filled itself
        Workbenches.processEvents(1500);
        assertEquals(true, statusLineTexts().contains(expected), () -> "later: " + statusLineTexts());
        Workbenches.capture("validate-status-line.png");
    }

    @Test
    void validateFromTheExplorersContextMenuSaysWhatItFoundInTheStatusLine() throws Exception {
        IViewPart problems = Workbenches.page().findView(IPageLayout.ID_PROBLEM_VIEW);
        if (problems != null) {
            Workbenches.page().hideView(problems);
        }
        IFile file = Workbenches.freshSample("csci-2006.framework");
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().reveal(file);
        explorer.viewer().setSelection(new StructuredSelection(file), true);
        explorer.viewer().getTree().setFocus();
        Gestures.choose(explorer.viewer().getTree().getMenu(), "Validate");
        String expected = "csci-2006.framework: no problems";
        Workbenches.waitFor(() -> statusLineTexts().contains(expected), 10_000,
            () -> "the status line shows " + statusLineTexts() + ", not '" + expected + "'");
        Workbenches.capture("validate-from-explorer-status-line.png");
    }

    // the texts of the status line's labels at the bottom of the workbench window, as a person reads them
    private static List<String> statusLineTexts() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        return Controls.all(shell, CLabel.class).stream().filter(label -> label.isVisible())
            .map(CLabel::getText).filter(Objects::nonNull).toList();
    }
}
