package org.framewright.diagram.ui.editor;

import static org.framewright.diagram.ui.editor.DiagramWorkbench.capture;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.page;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.pointOf;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.pointerClick;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.pointerDrag;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.positions;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.processEvents;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IFileEditorInput;
import org.framewright.diagram.ui.editor.DiagramWorkbench.Point;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A click never moves a node: on area 1's logic model of ADASS Option Two (reached by drill-down), real pointer
 * clicks on a box, one still and one whose pointer shakes by two pixels between press and release, select it and
 * leave every box where it was; nothing is sent to the server as a move, the editor stays clean and no layout file is
 * written. A real drag still moves the box.
 */
class ClickJourneyTest {

    private static final String NODE = "CA1-el-E13";

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(500);
    }

    @Test
    void aClickSelectsANodeWithoutMovingItWhileADragMovesIt() throws Exception {
        DiagramEditor editor = DiagramWorkbench.logicModelOfArea1();
        DiagramWorkbench.showAtFullSize(editor, NODE);
        Path layoutFile = layoutFileOf(editor);
        boolean hadLayout = Files.exists(layoutFile);
        Map<String, Point> before = positions(editor);
        recordSentMessages(editor);

        pointerClick(editor.browser(), pointOf(editor, NODE, true));
        waitFor(() -> isSelected(editor), 10_000, () -> "the click did not select " + NODE);
        pointerDrag(editor.browser(), pointOf(editor, NODE, true), 2, 1);
        processEvents(1_000);

        assertEquals(before, positions(editor), "a click moved a box");
        assertFalse(sent(editor).contains("changeBounds"), "a click sent a move to the server: " + sent(editor));
        assertFalse(editor.isDirty(), "a click made the diagram dirty");
        assertEquals(hadLayout, Files.exists(layoutFile), "a click wrote the layout file");
        assertTrue(isSelected(editor), "the clicked box stays selected");
        capture(editor.getSite().getShell(), "click-selects-without-moving.png");

        pointerDrag(editor.browser(), pointOf(editor, NODE, true), 90, 60);
        waitFor(() -> !before.get(NODE).equals(positions(editor).get(NODE)), 10_000,
                () -> "a real drag did not move " + NODE);
        Point moved = positions(editor).get(NODE);
        assertEquals(before.get(NODE).x() + 90, moved.x(), 15, "the dragged box follows the pointer to the right");
        assertTrue(sent(editor).contains("changeBounds"), "the drag is sent to the server as a move");
        waitFor(editor::isDirty, 10_000, () -> "the drag is not an edit of the document");
    }

    private static Path layoutFileOf(DiagramEditor editor) {
        IFile file = ((IFileEditorInput) editor.getEditorInput()).getFile();
        return file.getLocation().toFile().toPath().resolveSibling(file.getName() + ".layout");
    }

    /** Keeps a copy of every message the page sends over its websocket to the GLSP server. */
    private static void recordSentMessages(DiagramEditor editor) {
        editor.browser().evaluate("window.fwSent = []; var send = WebSocket.prototype.send;"
                + " WebSocket.prototype.send = function (m) { window.fwSent.push(String(m).substring(0, 2000));"
                + " return send.call(this, m); }; return true;");
    }

    private static String sent(DiagramEditor editor) {
        return String.valueOf(editor.browser().evaluate("return JSON.stringify(window.fwSent);"));
    }

    private static boolean isSelected(DiagramEditor editor) {
        return Boolean.TRUE.equals(editor.browser().evaluate("var el = document.getElementById("
                + DiagramWorkbench.js("sprotty_" + NODE) + "); return el !== null && el.classList.contains('selected');"));
    }
}
