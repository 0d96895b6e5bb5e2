package org.framewright.diagram.ui.editor;

import static org.framewright.diagram.ui.editor.DiagramWorkbench.capture;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.click;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.editMenu;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.freshSample;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.isDrawn;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.openStructure;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.page;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.pressCtrl;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.processEvents;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.framewright.model.Area;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicModel;
import org.framewright.model.ModelElement;
import org.framewright.model.AggregationRule;
import org.framewright.ui.editing.DeleteAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Delete, Copy and Paste on diagram nodes, by keyboard and Edit menu: deleting an area that an aggregation rule and
 * descriptors refer to asks first, listing them (Cancel keeps everything; confirming deletes in one command that
 * Ctrl+Z undoes); Ctrl+C / Ctrl+V and Edit > Copy / Paste on a logic element add copies with new ids, drawn in the
 * diagram, each paste one undoable command.
 */
class DiagramEditingJourneyTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(500);
    }

    @Test
    void deletingAReferencedAreaListsTheReferrersAndAsksFirst() throws Exception {
        DiagramEditor editor = openStructure(freshSample("csci-2006.framework"));
        Area o1 = (Area) editor.document().resource().getEObject("O1");
        AggregationRule rule = findRuleOver(editor, o1);
        DiagramWorkbench.showAtFullSize(editor, "O1");
        click(editor, "O1", true, 0, 1);

        List<String> asked = answering(() -> DiagramWorkbench.pressKey(SWT.DEL), "Cancel");
        assertEquals(1, asked.size(), "one dialog after Delete: " + asked);
        assertTrue(asked.get(0).contains("Deleting") && asked.get(0).contains("[O1]")
                && asked.get(0).contains(rule.getId()), "the dialog names the area and the rule over it: " + asked);
        assertTrue(asked.get(0).contains("references"), "it lists several references: " + asked);
        assertNotNull(editor.document().resource().getEObject("O1"), "Cancel keeps the area");
        assertTrue(rule.getAreas().contains(o1));
        assertFalse(editor.isDirty());

        click(editor, "O1", true, 0, 1);
        List<String> confirmed = answering(() -> editMenu("Delete"), "Delete and Remove References");
        assertEquals(1, confirmed.size(), "Edit > Delete asks too: " + confirmed);
        waitFor(() -> editor.document().resource().getEObject("O1") == null, 10_000,
                () -> "confirmed, the area is not deleted");
        waitFor(() -> !isDrawn(editor, "O1"), 10_000, () -> "the deleted area is still drawn");
        assertFalse(rule.getAreas().contains(o1), "the rule no longer refers to it");
        capture(editor.getSite().getShell(), "delete-referenced-area.png");

        editor.browser().setFocus();
        pressCtrl('z');
        waitFor(() -> editor.document().resource().getEObject("O1") != null, 10_000,
                () -> "Ctrl+Z did not bring the area back");
        assertTrue(rule.getAreas().contains(o1), "one undo brings back the rule's reference too");
        waitFor(() -> isDrawn(editor, "O1"), 10_000, () -> "the area is not drawn again");
        assertEquals("Delete", editor.document().commandStack().getRedoCommand().getLabel(),
                "one Ctrl+Z undid the whole delete");
    }

    @Test
    void copyAndPasteALogicElementGivesCopiesWithNewIds() throws Exception {
        DiagramEditor editor = DiagramWorkbench.logicModelOfArea1();
        LogicModel logicModel = (LogicModel) editor.document().resource().getEObject("CA1-LM");
        LogicElement e13 = (LogicElement) editor.document().resource().getEObject("CA1-el-E13");
        int elements = logicModel.getElements().size();
        DiagramWorkbench.showAtFullSize(editor, "CA1-el-E13");

        click(editor, "CA1-el-E13", true, 0, 1);
        pressCtrl('c');
        pressCtrl('v');
        waitFor(() -> logicModel.getElements().size() == elements + 1, 10_000,
                () -> "Ctrl+C, Ctrl+V did not paste one copy: " + (logicModel.getElements().size() - elements)
                        + " new elements");
        processEvents(1500);
        assertEquals(elements + 1, logicModel.getElements().size(), "one press of Ctrl+V pastes once");
        LogicElement byKeys = logicModel.getElements().get(elements);
        assertCopyOf(e13, byKeys);
        waitFor(() -> isDrawn(editor, byKeys.getId()), 10_000, () -> "the pasted copy is not drawn");

        click(editor, "CA1-el-E13", true, 0, 1);
        editMenu("Copy");
        editMenu("Paste");
        waitFor(() -> logicModel.getElements().size() == elements + 2, 10_000, () -> "Edit > Paste pasted nothing");
        LogicElement byMenu = logicModel.getElements().get(elements + 1);
        assertCopyOf(e13, byMenu);
        Set<String> ids = new HashSet<>();
        logicModel.getElements().forEach(element -> assertTrue(ids.add(element.getId()), "duplicate id "
                + element.getId()));
        waitFor(() -> isDrawn(editor, byMenu.getId()), 10_000, () -> "the second copy is not drawn");
        capture(editor.getSite().getShell(), "copy-paste-logic-element.png");

        editor.browser().setFocus();
        pressCtrl('z');
        waitFor(() -> logicModel.getElements().size() == elements + 1, 10_000, () -> "Ctrl+Z did not undo the paste");
        assertNull(editor.document().resource().getEObject(byMenu.getId()));
        assertNotNull(editor.document().resource().getEObject(byKeys.getId()), "one undo undoes one paste");
    }

    private static void assertCopyOf(ModelElement original, ModelElement copy) {
        assertNotEquals(original.getId(), copy.getId(), "the copy has a new id");
        assertNotNull(copy.getId());
        assertEquals(original.getName(), copy.getName());
    }

    private static AggregationRule findRuleOver(DiagramEditor editor, Area area) {
        for (var it = editor.document().framework().eAllContents(); it.hasNext();) {
            if (it.next() instanceof AggregationRule rule && rule.getAreas().contains(area)) {
                return rule;
            }
        }
        throw new AssertionError("no scoring rule over " + area.getId());
    }

    /**
     * Runs {@code gesture} and answers each dialog it opens by pressing {@code button}; returns each dialog's title
     * and message.
     */
    private static List<String> answering(Runnable gesture, String button) {
        Display display = Display.getCurrent();
        Shell main = page().getWorkbenchWindow().getShell();
        List<String> seen = new ArrayList<>();
        List<Shell> answered = new ArrayList<>();
        Runnable[] watcher = new Runnable[1];
        watcher[0] = () -> {
            for (Shell dialog : display.getShells()) {
                if (dialog != main && dialog.isVisible() && !answered.contains(dialog)) {
                    answered.add(dialog);
                    StringBuilder text = new StringBuilder(dialog.getText());
                    all(dialog, Label.class).forEach(label -> text.append('\n').append(label.getText()));
                    seen.add(text.toString());
                    captureDialog(dialog);
                    Button pressed = all(dialog, Button.class).stream()
                            .filter(b -> b.getText().replace("&", "").equals(button)).findFirst()
                            .orElseThrow(() -> new AssertionError("no button '" + button + "' in " + text));
                    pressed.notifyListeners(SWT.Selection, new Event());
                    break;
                }
            }
            display.timerExec(200, watcher[0]);
        };
        display.timerExec(200, watcher[0]);
        try {
            gesture.run();
            long until = System.currentTimeMillis() + 3000;
            while (seen.isEmpty() && System.currentTimeMillis() < until) {
                processEvents(100);
            }
            processEvents(500);
        } finally {
            display.timerExec(-1, watcher[0]);
        }
        assertTrue(seen.stream().allMatch(text -> text.startsWith(DeleteAction.DIALOG_TITLE)), "dialogs: " + seen);
        return seen;
    }

    private static void captureDialog(Shell dialog) {
        try {
            DiagramWorkbench.capture(dialog, "delete-dialog.png");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(all(child, type));
            }
        }
        return found;
    }
}
