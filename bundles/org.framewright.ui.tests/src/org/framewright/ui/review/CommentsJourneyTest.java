package org.framewright.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.review.ReviewComments;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.ui.tests.Gestures;
import org.framewright.ui.tests.Person;
import org.framewright.ui.tests.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reviewer's journey: Add Comment... from an area's context menu in the Model Explorer, the comment in the Comments
 * view and as a badge on the area, then Resolve from the comment's context menu takes the badge away.
 */
class CommentsJourneyTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void aCommentAddedFromTheExplorerIsListedBadgedAndResolved() throws Exception {
        IFile file = Workbenches.freshSample("csci-2006.framework");
        Path modelFile = file.getLocation().toFile().toPath();
        Files.deleteIfExists(ReviewComments.fileOf(modelFile));
        CommentStore.forget(modelFile);
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        Workbenches.page().activate(explorer);
        Area delivery = clickFirstAreaRow(explorer, file);

        typeIntoNextDialog("Add Comment", "Why is delivery not weighted by outcome?");
        Gestures.choose(explorer.viewer().getTree().getMenu(), "Add Comment...");

        CommentsView comments = (CommentsView) Workbenches.page().findView(CommentsView.ID);
        Table table = comments.table().getTable();
        assertEquals(1, table.getItemCount(), comments.heading());
        assertEquals("delivery", table.getItem(0).getText(0));
        assertEquals("Why is delivery not weighted by outcome?", table.getItem(0).getText(1));
        assertEquals("Open", table.getItem(0).getText(5));
        assertTrue(labelOf(explorer, delivery).endsWith("[1 open comment]"), labelOf(explorer, delivery));
        assertTrue(Files.readString(ReviewComments.fileOf(modelFile)).contains("\"element\": \"delivery\""));
        Workbenches.capture("comments-added.png");

        Gestures.select(table.getItem(0));
        Gestures.choose(table.getMenu(), "Resolve");
        Workbenches.processEvents();

        assertEquals(0, table.getItemCount(), "the Open filter hides the resolved comment");
        comments.filter("All");
        assertEquals("Resolved", table.getItem(0).getText(5));
        assertFalse(labelOf(explorer, delivery).contains("open comment"), labelOf(explorer, delivery));
    }

    /**
     * Clicks the row of the framework's first area in the explorer once the tree shows the file's current model (an
     * earlier test may have saved the same sample, and the explorer refreshes after the file is reset) and returns
     * the area the click selected.
     */
    private static Area clickFirstAreaRow(ModelExplorerView explorer, IFile file) throws InterruptedException {
        Area[] clicked = new Area[1];
        Workbenches.processEventsUntil(() -> {
            Framework framework = (Framework) ((ITreeContentProvider) explorer.viewer().getContentProvider())
                .getChildren(file)[0];
            Area area = framework.getAreas().get(0);
            explorer.viewer().reveal(area);
            if (explorer.viewer().testFindItem(area) instanceof TreeItem row) {
                Person.select(row);
                clicked[0] = area;
                return explorer.viewer().getStructuredSelection().getFirstElement() == area;
            }
            return false;
        });
        return clicked[0];
    }

    private static String labelOf(ModelExplorerView explorer, Object element) {
        Workbenches.processEvents();
        explorer.viewer().reveal(element);
        TreeItem item = (TreeItem) explorer.viewer().testFindItem(element);
        return item.getText();
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
                        Gestures.capture(shell, "comments-dialog.png");
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
