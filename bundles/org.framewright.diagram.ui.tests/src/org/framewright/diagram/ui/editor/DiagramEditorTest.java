package org.framewright.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.OPTION_TWO;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.capture;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.freshSample;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.nodeCount;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.page;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.processEvents;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * End to end in the workbench (under Xvfb): opens the logic model CA1-LM of the ADASS 2020 Option Two sample in the
 * diagram editor, creates a node through the diagram (the web client sends the create operation to the in-process
 * GLSP server), undoes it through the diagram, and saves a screenshot to target/screenshots/diagram-editor.png.
 */
class DiagramEditorTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(500);
    }

    @Test
    void createANodeThroughTheDiagramAndUndoIt() throws Exception {
        IFile file = freshSample(OPTION_TWO);
        DiagramEditor editor = DiagramEditor.open(page(), file, "CA1-LM", "Logic model CA1");
        LogicModel logicModel = (LogicModel) editor.document().resource().getEObject("CA1-LM");
        int elements = logicModel.getElements().size();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1280, 860);
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);

        waitFor(() -> "ready".equals(editor.clientStatus()) && nodeCount(editor) >= elements, 60_000,
                () -> "the diagram did not render: client status '" + editor.clientStatus() + "', nodes "
                        + nodeCount(editor));

        processEvents(500);
        int shapes = nodeCount(editor);
        editor.browser().execute("fwDispatch({kind:'createNode', elementTypeId:'node:logic-element:activity',"
                + " location:{x:622, y:76}, args:{}, isOperation:true})");
        waitFor(() -> logicModel.getElements().size() == elements + 1, 30_000, () -> "no element was created");
        waitFor(() -> nodeCount(editor) == shapes + 1, 30_000, () -> "the new box is not drawn");
        assertEquals("New Activity", logicModel.getElements().get(elements).getName());
        assertTrue(editor.isDirty(), "an edit makes the editor dirty");
        editor.browser().execute("fwDispatch({kind:'fit', elementIds:[], padding:16, maxZoom:1, animate:false})");
        Path screenshot = capture(shell, "diagram-editor.png");
        assertTrue(Files.size(screenshot) > 20_000, "the screenshot shows the diagram");

        editor.browser().execute("fwDispatch({kind:'glspUndo', isOperation:true})");
        waitFor(() -> logicModel.getElements().size() == elements, 30_000, () -> "undo did not remove the element");
        waitFor(() -> !editor.isDirty(), 10_000, () -> "after undo the editor is clean again");
        waitFor(() -> nodeCount(editor) == shapes, 30_000, () -> "the undone box is still drawn");
        assertFalse(editor.document().commandStack().canUndo());
    }

    @Test
    void aFormEditStyleCommandShowsInTheDiagramAndADiagramSelectionIsTheEditorsSelection() throws Exception {
        IFile file = freshSample(OPTION_TWO);
        DiagramEditor editor = DiagramEditor.open(page(), file, "CA1-LM", "Logic model CA1");
        waitFor(() -> "ready".equals(editor.clientStatus()), 60_000,
                () -> "the diagram did not render: client status '" + editor.clientStatus() + "'");
        LogicElement e13 = (LogicElement) editor.document().resource().getEObject("CA1-el-E13");

        // what the form editor does: one command on the shared stack
        editor.document().commandStack().execute(SetCommand.create(editor.document().domain(), e13,
                FrameworkPackage.Literals.MODEL_ELEMENT__NAME, "Renamed in the form"));
        waitFor(() -> Boolean.TRUE.equals(editor.browser().evaluate(
                "return document.getElementById('sprotty').textContent.indexOf('Renamed in the form') >= 0;")),
                30_000, () -> "the diagram does not show the new name");

        editor.browser().execute("fwDispatch({kind:'elementSelected', selectedElementsIDs:['CA1-el-E13'],"
                + " deselectedElementsIDs:[], deselectAll:true})");
        waitFor(() -> editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selection
                && selection.toList().equals(List.of(e13)), 30_000, () -> "the diagram selection is not the editor's");

        editor.document().commandStack().undo();
        assertFalse(editor.isDirty());
    }
}
