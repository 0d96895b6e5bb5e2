package org.framewright.diagram.ui.editor;

import static org.framewright.diagram.ui.editor.DiagramWorkbench.OPTION_TWO;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.capture;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.click;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.createWithPalette;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.freshSample;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.js;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.maximise;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.openStructure;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.page;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.processEvents;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.runContextMenu;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.waitFor;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.waitUntilReady;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Journeys on the structure diagram of ADASS Option Two, by mouse and keyboard: a double-click on area 1 drills down
 * to its logic model; a double-click on the name's text edits it in place (Escape cancels); F2 (through the binding
 * service) edits the selected area's name, typed keys and Enter commit; a new area from the palette offers "Create
 * Logic Model" in the context menu, which opens the new logic model's diagram.
 */
class DrillDownJourneyTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(500);
    }

    @Test
    void doubleClickOnAnAreaOpensItsLogicModel() throws Exception {
        DiagramEditor structure = openStructure(freshSample(OPTION_TWO));
        Area area1 = (Area) structure.document().resource().getEObject("CA1");

        DiagramWorkbench.showAtFullSize(structure, "CA1");
        click(structure, "CA1", true, 0, 2);
        waitFor(() -> page().getActiveEditor() instanceof DiagramEditor editor && editor != structure, 30_000,
                () -> "no diagram opened; active editor: " + page().getActiveEditor().getTitle() + "; double-click: "
                        + "; clicked " + DiagramWorkbench.lastClick);
        DiagramEditor logicModel = (DiagramEditor) page().getActiveEditor();
        assertEquals("CA1-LM", logicModel.logicModelId());
        assertEquals(area1.getLogicModel().getName(), logicModel.getTitle());
        maximise(logicModel);
        waitUntilReady(logicModel);
        assertTrue(DiagramWorkbench.isDrawn(logicModel, "CA1-el-E13"), "the logic model's elements are drawn");
        capture(logicModel.getSite().getShell(), "drill-down-logic-model.png");
    }

    @Test
    void aDoubleClickOnTheNameEditsItInPlaceAndEscapeCancels() throws Exception {
        DiagramEditor structure = openStructure(freshSample(OPTION_TWO));
        Area area1 = (Area) structure.document().resource().getEObject("CA1");
        String name = area1.getName();

        DiagramWorkbench.showAtFullSize(structure, "CA1");
        click(structure, "CA1_name", false, 0, 2);
        waitFor(() -> labelEditorShown(structure), 10_000, () -> "no label editor after a double-click on the name");
        assertTrue(labelEditorCoversTheLabel(structure, "CA1_name"), "the edit box sits on the label");
        assertSame(structure, page().getActiveEditor(), "a double-click on the name does not drill down");
        capture(structure.getSite().getShell(), "label-edit-in-place.png");

        postKey(SWT.ESC, '\0');
        waitFor(() -> !labelEditorShown(structure), 10_000, () -> "Escape did not close the label editor");
        assertEquals(name, area1.getName());
        assertTrue(!structure.isDirty(), "a cancelled edit changes nothing");
    }

    @Test
    void f2EditsTheSelectedNameAndEnterCommits() throws Exception {
        DiagramEditor structure = openStructure(freshSample(OPTION_TWO));
        Area area2 = (Area) structure.document().resource().getEObject("CA2");

        DiagramWorkbench.showAtFullSize(structure, "CA2");
        click(structure, "CA2", true, 0, 1);
        DiagramWorkbench.runKeyBinding("F2");
        waitFor(() -> labelEditorShown(structure), 10_000, () -> "F2 did not open the label editor");
        for (char c : "advice hub".toCharArray()) {
            postKey(0, c);
        }
        postKey(SWT.CR, '\r');
        waitFor(() -> "advice hub".equals(area2.getName()), 10_000,
                () -> "Enter did not rename the area; its name is '" + area2.getName() + "'");
        waitFor(() -> Boolean.TRUE.equals(structure.browser().evaluate(
                "return document.getElementById('sprotty_CA2_name').textContent === 'advice hub';")), 10_000,
                () -> "the diagram does not show the new name");
        assertTrue(structure.isDirty());
        capture(structure.getSite().getShell(), "label-edit-f2.png");
    }

    @Test
    void anAreaWithoutALogicModelOffersCreateLogicModel() throws Exception {
        DiagramEditor structure = openStructure(freshSample(OPTION_TWO));
        Framework framework = structure.document().framework();
        int areas = framework.getAreas().size();

        createWithPalette(structure, "Area");
        waitFor(() -> framework.getAreas().size() == areas + 1, 20_000, () -> "the palette created no area");
        Area created = framework.getAreas().get(areas);
        waitFor(() -> DiagramWorkbench.isDrawn(structure, created.getId()), 20_000, () -> "the new area is not drawn");

        DiagramWorkbench.showAtFullSize(structure, "CA1");
        click(structure, "CA1", true, 2, 1);
        runContextMenu(structure, "Open Logic Model");
        waitFor(() -> page().getActiveEditor() != structure, 20_000, () -> "Open Logic Model opened nothing");
        page().activate(structure);

        DiagramWorkbench.showAtFullSize(structure, created.getId());
        click(structure, created.getId(), true, 2, 1);
        runContextMenu(structure, "Create Logic Model");
        assertNotNull(created.getLogicModel(), "the area has a logic model");
        waitFor(() -> page().getActiveEditor() instanceof DiagramEditor editor
                && created.getLogicModel().getId().equals(editor.logicModelId()), 20_000,
                () -> "the new logic model's diagram is not open");
        IEditorPart opened = page().getActiveEditor();
        assertEquals(created.getLogicModel().getName(), opened.getTitle());
        capture(opened.getSite().getShell(), "create-logic-model.png");
    }

    private static boolean labelEditorShown(DiagramEditor editor) {
        return Boolean.TRUE.equals(editor.browser().evaluate("""
                var box = document.querySelector('#sprotty .label-edit input, #sprotty .label-edit textarea');
                return !!box && box.style.visibility !== 'hidden' && !box.closest('.hidden')
                    && document.activeElement === box;"""));
    }

    private static boolean labelEditorCoversTheLabel(DiagramEditor editor, String labelId) {
        return Boolean.TRUE.equals(editor.browser().evaluate("""
                var box = document.querySelector('#sprotty .label-edit input, #sprotty .label-edit textarea')
                    .getBoundingClientRect();
                var label = document.getElementById(%s).getBoundingClientRect();
                var cx = label.left + Math.min(label.width, 40) / 2, cy = label.top + label.height / 2;
                return box.left <= cx && cx <= box.right && box.top <= cy && cy <= box.bottom;
                """.formatted(js("sprotty_" + labelId))));
    }

    /** Presses and releases a key on the real display (a character, or {@code keyCode} such as SWT.ESC). */
    private static void postKey(int keyCode, char character) {
        DiagramWorkbench.keyboardToActiveDiagram();
        Display display = Display.getCurrent();
        for (int type : List.of(SWT.KeyDown, SWT.KeyUp)) {
            Event event = new Event();
            event.type = type;
            event.keyCode = keyCode;
            event.character = character;
            display.post(event);
            processEvents(30);
        }
        processEvents(100);
    }
}
