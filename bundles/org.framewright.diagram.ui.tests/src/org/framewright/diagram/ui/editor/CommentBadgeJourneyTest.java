package org.framewright.diagram.ui.editor;

import static org.framewright.diagram.ui.editor.DiagramWorkbench.OPTION_TWO;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.capture;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.click;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.freshSample;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.isDrawn;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.openStructure;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.page;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.processEvents;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.runContextMenu;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.showAtFullSize;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.framewright.testing.ui.Gestures;
import org.framewright.ui.review.CommentStore;
import org.framewright.ui.review.CommentsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reviewer comments on an area of the open structure diagram (issue 18): right-click area 1, Add Comment..., type
 * the comment; the diagram then shows a badge "1" on the area's corner. Resolving the comment in the Comments view
 * takes the badge away again.
 */
class CommentBadgeJourneyTest {

    private static final String BADGE = "CA1_comments";

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        processEvents(300);
    }

    @Test
    void aCommentAddedOnADiagramNodeIsBadgedThereUntilResolved() throws Exception {
        IFile file = freshSample(OPTION_TWO);
        Path modelFile = file.getLocation().toFile().toPath();
        Files.deleteIfExists(modelFile.resolveSibling(modelFile.getFileName() + ".comments"));
        CommentStore.forget(modelFile);
        DiagramEditor editor = openStructure(file);
        showAtFullSize(editor, "CA1");
        assertFalse(isDrawn(editor, BADGE), "no comments yet, no badge");

        click(editor, "CA1", true, 2, 1);
        typeIntoNextDialog("Add Comment", "Is area 1 too broad for one logic model?");
        runContextMenu(editor, "Add Comment...");

        waitFor(() -> isDrawn(editor, BADGE), 20_000, () -> "no comment badge on area 1");
        assertEquals("1", badgeText(editor));
        assertTrue(Boolean.TRUE.equals(editor.browser().evaluate(
            "return document.getElementById('sprotty_" + BADGE + "').classList.contains('fw-comment-badge');")));
        assertTrue(Files.readString(modelFile.resolveSibling(modelFile.getFileName() + ".comments"))
            .contains("\"element\": \"CA1\""), "the comment is kept beside the model");
        capture(editor.getSite().getShell(), "comment-badge.png");

        CommentsView comments = (CommentsView) page().findView(CommentsView.ID);
        Table table = comments.table().getTable();
        assertEquals(1, table.getItemCount(), comments.heading());
        Gestures.select(table.getItem(0));
        Gestures.choose(table.getMenu(), "Resolve");
        processEvents(300);

        waitFor(() -> !isDrawn(editor, BADGE), 20_000, () -> "the badge stayed after Resolve");
        assertFalse(editor.isDirty(), "comments are not edits of the model");
    }

    private static String badgeText(DiagramEditor editor) {
        return String.valueOf(editor.browser().evaluate(
            "return document.getElementById('sprotty_" + BADGE + "').textContent.trim();"));
    }

    /** Arranges that the next dialog titled {@code title} gets {@code text} typed into its text box, then OK. */
    private static void typeIntoNextDialog(String title, String text) {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + 20_000;
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (title.equals(shell.getText()) && shell.isVisible()) {
                        Text box = Gestures.find(shell, Text.class, t -> (t.getStyle() & SWT.MULTI) != 0);
                        box.setText(text);
                        Gestures.find(shell, Button.class, b -> "OK".equals(b.getText().replace("&", "")))
                            .notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
                if (System.currentTimeMillis() < until) {
                    display.timerExec(50, this);
                }
            }
        });
    }
}
