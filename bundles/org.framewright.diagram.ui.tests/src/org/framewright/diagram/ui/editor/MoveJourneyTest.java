package org.framewright.diagram.ui.editor;

import static org.framewright.diagram.ui.editor.DiagramWorkbench.capture;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.page;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.pointOf;
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

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Moving a node with the mouse, as a person does, on area 1's logic model of ADASS Option Two: the real pointer drags
 * a box (X events through the browser to GLSP's move tool); Ctrl+Z on the keyboard puts it back; dragged again,
 * Edit > Undo puts it back too; dragged a third time and saved, the position is in {@code <model>.framework.layout}
 * and the box is there again after the diagram is closed and reopened.
 */
class MoveJourneyTest {

    private static final String NODE = "CA1-el-E13";

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(500);
    }

    @Test
    void aDraggedNodeMovesUndoesWithCtrlZAndEditUndoAndIsKeptWhenSaved() throws Exception {
        DiagramEditor editor = DiagramWorkbench.logicModelOfArea1();
        DiagramWorkbench.showAtFullSize(editor, NODE);
        Map<String, Point> before = positions(editor);
        Point start = before.get(NODE);

        editor.browser().evaluate("window.fwSent = []; var send = WebSocket.prototype.send;"
                + " WebSocket.prototype.send = function (m) { window.fwSent.push(String(m).substring(0, 400));"
                + " return send.call(this, m); }; return true;");
        drag(editor);
        Point moved = positions(editor).get(NODE);
        assertEquals(start.x() + 90, moved.x(), 15, "the box follows the pointer to the right");
        assertEquals(start.y() + 60, moved.y(), 15, "the box follows the pointer down");
        assertOthersUnchanged(before, positions(editor));
        waitFor(editor::isDirty, 10_000, () -> "the move is not an edit of the document (not dirty); undo: "
                + editor.document().commandStack().getUndoCommand() + "; start " + start + "; client: " + editor.browser().evaluate(
                "return JSON.stringify(fwPositions());") + "; sent: " + editor.browser().evaluate(
                "return JSON.stringify(window.fwSent);"));
        capture(editor.getSite().getShell(), "move-dragged.png");

        editor.browser().evaluate("window.fwSent = []; window.fwKeys = []; document.addEventListener('keydown',"
                + " function (e) { window.fwKeys.push(e.key + '/' + e.ctrlKey + '@' + (e.target.id || e.target.tagName)); },"
                + " true); return true;");
        DiagramWorkbench.pressCtrl('z');
        waitFor(() -> start.equals(positions(editor).get(NODE)), 10_000,
                () -> "Ctrl+Z did not put the box back: " + positions(editor).get(NODE) + " instead of " + start
                + "; keys " + editor.browser().evaluate("return JSON.stringify(window.fwKeys);") + "; sent "
                + editor.browser().evaluate("return JSON.stringify(window.fwSent);") + "; focus "
                + editor.browser().isFocusControl() + " active "
                + editor.browser().evaluate("return document.activeElement.id || document.activeElement.tagName;"));
        assertFalse(editor.isDirty(), "undone, nothing is left to save");

        drag(editor);
        DiagramWorkbench.editMenu("Undo Move");
        waitFor(() -> start.equals(positions(editor).get(NODE)), 10_000,
                () -> "Edit > Undo did not put the box back: " + positions(editor).get(NODE));

        drag(editor);
        Point kept = positions(editor).get(NODE);
        DiagramWorkbench.runKeyBinding("M1+S");
        waitFor(() -> !editor.isDirty(), 10_000, () -> "Ctrl+S did not save");
        IFile file = ((IFileEditorInput) editor.getEditorInput()).getFile();
        Path layoutFile = file.getLocation().toFile().toPath().resolveSibling(file.getName() + ".layout");
        JsonObject saved = JsonParser.parseString(Files.readString(layoutFile)).getAsJsonObject()
                .getAsJsonObject("diagrams").getAsJsonObject("logic-model/CA1-LM").getAsJsonObject(NODE);
        assertEquals(kept.x(), saved.get("x").getAsDouble(), 0.5, "the layout file keeps the new x");
        assertEquals(kept.y(), saved.get("y").getAsDouble(), 0.5, "the layout file keeps the new y");

        page().closeAllEditors(false);
        processEvents(500);
        DiagramEditor reopened = DiagramWorkbench.logicModelOfArea1(file);
        assertEquals(kept, positions(reopened).get(NODE), "the box is where it was saved after reopening");
        capture(reopened.getSite().getShell(), "move-saved-reopened.png");
    }

    /** Drags the node by (90, 60) screen pixels at 100 %, grabbing it inside its box away from the text. */
    private static void drag(DiagramEditor editor) {
        Point before = positions(editor).get(NODE);
        pointerDrag(editor.browser(), pointOf(editor, NODE, true), 90, 60);
        waitFor(() -> !before.equals(positions(editor).get(NODE)), 10_000,
                () -> "the drag did not move " + NODE + " from " + before);
        processEvents(500);
    }

    private static void assertOthersUnchanged(Map<String, Point> before, Map<String, Point> after) {
        before.forEach((id, position) -> {
            if (!NODE.equals(id)) {
                assertEquals(position, after.get(id), "moving " + NODE + " moved " + id);
            }
        });
    }
}
