package org.framewright.diagram.ui.editor;

import static org.framewright.diagram.ui.editor.DiagramWorkbench.OPTION_TWO;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.capture;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.click;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.createWithPalette;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.freshSample;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.isDrawn;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.maximise;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.openStructure;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.page;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.positions;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.processEvents;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.runContextMenu;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.runKeyBinding;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.waitFor;
import static org.framewright.diagram.ui.editor.DiagramWorkbench.waitUntilReady;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.framewright.diagram.ui.editor.DiagramWorkbench.Point;
import org.framewright.model.Area;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicModel;
import org.framewright.model.Weight;
import org.framewright.ui.editor.FrameworkEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Journeys inside an open diagram, by mouse and keyboard: create, connect, move, delete and undo on a logic model
 * without moving any other node; a selected node is highlighted and shown in the Properties view; a filter stays
 * applied through re-renders, save and reopen; a weight error shows as a decorator on the areas it concerns.
 */
class WorkingOnADiagramJourneyTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(500);
    }

    @Test
    void createConnectMoveDeleteAndUndoNeverMoveTheOtherNodes() throws Exception {
        DiagramEditor editor = DiagramWorkbench.logicModelOfArea1();
        LogicModel logicModel = (LogicModel) editor.document().resource().getEObject("CA1-LM");
        Map<String, Point> before = positions(editor);
        int elements = logicModel.getElements().size();

        createWithPalette(editor, "Activity");
        waitFor(() -> logicModel.getElements().size() == elements + 1, 20_000, () -> "the palette created nothing");
        LogicElement created = logicModel.getElements().get(elements);
        waitFor(() -> positions(editor).containsKey(created.getId()), 20_000, () -> "the new box is not drawn");
        assertOthersUnchanged(before, positions(editor), "creating an activity");

        int links = logicModel.getLinks().size();
        // the connection is requested as the Leads to tool does (the tool's pointer feedback is GLSP's own)
        editor.browser().execute("fwDispatch({kind:'createEdge', elementTypeId:'edge:leads-to', sourceElementId:"
                + DiagramWorkbench.js(created.getId()) + ", targetElementId:'CA1-el-E13', args:{}, isOperation:true})");
        waitFor(() -> logicModel.getLinks().size() == links + 1, 20_000, () -> "Leads to connected nothing");
        assertOthersUnchanged(before, positions(editor), "connecting");

        Point createdAt = positions(editor).get(created.getId());
        // the move is sent as GLSP's move tool sends it at the end of a drag (synthetic drags do not reach the tool)
        editor.browser().execute("fwDispatch({kind:'changeBounds', isOperation:true, newBounds:[{elementId:"
                + DiagramWorkbench.js(created.getId()) + ", newPosition:{x:" + createdAt.x() + ", y:"
                + (createdAt.y() + 60) + "}, newSize:{width:210, height:40}}]})");
        waitFor(() -> positions(editor).get(created.getId()).y() > createdAt.y() + 20, 20_000,
                () -> "the box did not move");
        assertOthersUnchanged(before, positions(editor), "moving the new box");

        click(editor, "CA1-el-E13", true, 2, 1);
        runContextMenu(editor, "Delete");
        waitFor(() -> editor.document().resource().getEObject("CA1-el-E13") == null, 20_000,
                () -> "Delete removed nothing");
        waitFor(() -> !positions(editor).containsKey("CA1-el-E13"), 20_000, () -> "the deleted box is still drawn");
        Map<String, Point> withoutE13 = new HashMap<>(before);
        withoutE13.remove("CA1-el-E13");
        assertOthersUnchanged(withoutE13, positions(editor), "deleting E13");

        runKeyBinding("M1+Z");
        waitFor(() -> editor.document().resource().getEObject("CA1-el-E13") != null, 20_000,
                () -> "Ctrl+Z did not bring E13 back");
        waitFor(() -> positions(editor).containsKey("CA1-el-E13"), 20_000, () -> "E13 is not drawn again");
        assertEquals(before.get("CA1-el-E13"), positions(editor).get("CA1-el-E13"), "E13 comes back where it was");
        assertOthersUnchanged(before, positions(editor), "undoing the delete");
        capture(editor.getSite().getShell(), "create-connect-move-delete-undo.png");
    }

    @Test
    void theSelectedNodeIsHighlightedAndShownInTheProperties() throws Exception {
        DiagramEditor editor = DiagramWorkbench.logicModelOfArea1();
        LogicElement e13 = (LogicElement) editor.document().resource().getEObject("CA1-el-E13");
        click(editor, "CA1-el-E13", true, 0, 1);
        waitFor(() -> Boolean.TRUE.equals(editor.browser().evaluate(
                "return document.getElementById('sprotty_CA1-el-E13').classList.contains('selected');")), 10_000,
                () -> "the clicked node is not highlighted");

        // the Properties view beside the diagram (it follows the selection only while it is visible)
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
        PropertySheet properties = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET);
        page().activate(editor);
        waitFor(() -> e13.getName().equals(propertyValue(properties, "Name")), 10_000,
                () -> "the Properties view does not show E13's name but '" + propertyValue(properties, "Name")
                        + "'; page " + properties.getCurrentPage() + " rows " + rows(properties) + "; selection "
                        + editor.getSite().getSelectionProvider().getSelection());
        capture(editor.getSite().getShell(), "selection-properties.png");

        DiagramWorkbench.showAtFullSize(editor, "CA1-el-E13");
        click(editor, "CA1-el-E13", true, 2, 1);
        runContextMenu(editor, "Show In", "Form");
        waitFor(() -> page().getActiveEditor() instanceof FrameworkEditor, 20_000, () -> "Show In > Form opened nothing");
        FrameworkEditor form = (FrameworkEditor) page().getActiveEditor();
        waitFor(() -> form.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selected
                && selected.toList().contains(e13), 20_000, () -> "the form does not show E13 selected");
    }

    @Test
    void aFilterStaysAppliedThroughReRendersSaveAndReopen() throws Exception {
        IFile file = freshSample(OPTION_TWO);
        DiagramEditor editor = openStructure(file);
        String indicator = ((Area) editor.document().resource().getEObject("CA1")).getIndicators().get(0).getId();
        waitFor(() -> isDrawn(editor, indicator), 10_000, () -> "indicator " + indicator + " is not drawn at first");

        editor.browser().evaluate(
                "document.querySelector('input[data-filter=HIDE_INDICATORS]').click(); return true;");
        waitFor(() -> !isDrawn(editor, indicator), 20_000, () -> "Hide indicators did not hide " + indicator);

        // a re-render caused by an edit elsewhere (what the form editor does)
        editor.document().commandStack().execute(SetCommand.create(editor.document().domain(),
                editor.document().resource().getEObject("CA2"), FrameworkPackage.Literals.MODEL_ELEMENT__NAME,
                "Renamed in the form"));
        waitFor(() -> Boolean.TRUE.equals(editor.browser().evaluate(
                "return document.getElementById('sprotty').textContent.indexOf('Renamed in the form') >= 0;")),
                20_000, () -> "the diagram did not re-render");
        assertFalse(isDrawn(editor, indicator), "the filter survives the re-render");
        assertTrue(filterBoxTicked(editor), "the box stays ticked");

        editor.doSave(new NullProgressMonitor());
        String layout = Files.readString(file.getLocation().toFile().toPath().resolveSibling(
                file.getName() + ".layout"));
        assertTrue(layout.contains("HIDE_INDICATORS"), "the layout file keeps the filter: " + layout);
        page().closeAllEditors(false);
        processEvents(500);

        DiagramEditor reopened = openStructure(file);
        assertFalse(isDrawn(reopened, indicator), "the filter is applied after reopening");
        assertTrue(filterBoxTicked(reopened), "the box is ticked after reopening");
        capture(reopened.getSite().getShell(), "filter-after-reopen.png");
    }

    @Test
    void aWeightErrorIsADecoratorOnTheAreasItConcerns() throws Exception {
        DiagramEditor editor = openStructure(freshSample("csci-2006.framework"));
        assertFalse(hasIssueMarker(editor, "O1"), "area O1 is valid at first");
        Weight olderPeople = findWeight(editor);

        editor.document().commandStack().execute(SetCommand.create(editor.document().domain(), olderPeople,
                FrameworkPackage.Literals.WEIGHT__PERCENT, 50.0));
        waitFor(() -> hasIssueMarker(editor, "O1"), 20_000, () -> "no decorator on O1 after the weight error");
        String tooltip = String.valueOf(editor.browser().evaluate(
                "return document.querySelector('#sprotty_O1_issues title').textContent;"));
        assertTrue(tooltip.contains("FW-WEIGHT-01"), "the tooltip names the rule: " + tooltip + " in "
                + editor.browser().evaluate("return document.getElementById('sprotty_O1_issues').outerHTML;"));
        capture(editor.getSite().getShell(), "weight-error-decorator.png");

        runKeyBinding("M1+Z");
        waitFor(() -> !hasIssueMarker(editor, "O1"), 20_000, () -> "the decorator stays after the fix");
    }

    private static Weight findWeight(DiagramEditor editor) {
        for (var it = editor.document().framework().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Weight weight && weight.getPart() != null
                    && "OP".equals(weight.getPart().getId())) {
                return weight;
            }
        }
        throw new AssertionError("CSCI 2006 has no weight of OP");
    }

    private static boolean hasIssueMarker(DiagramEditor editor, String id) {
        return Boolean.TRUE.equals(editor.browser().evaluate(
                "return document.getElementById('sprotty_" + id + "_issues') !== null;"));
    }

    private static boolean filterBoxTicked(DiagramEditor editor) {
        return Boolean.TRUE.equals(editor.browser().evaluate(
                "return document.querySelector('input[data-filter=HIDE_INDICATORS]').checked;"));
    }

    private static List<String> rows(PropertySheet properties) {
        List<String> rows = new ArrayList<>();
        if (properties.getCurrentPage().getControl() instanceof Tree tree) {
            allItems(tree.getItems()).forEach(item -> rows.add(item.getText(0) + "=" + item.getText(1)));
        }
        return rows;
    }

    private static String propertyValue(PropertySheet properties, String name) {
        if (!(properties.getCurrentPage().getControl() instanceof Tree tree)) {
            return null;
        }
        for (TreeItem item : allItems(tree.getItems())) {
            if (name.equals(item.getText(0))) {
                return item.getText(1);
            }
        }
        return null;
    }

    private static List<TreeItem> allItems(TreeItem[] items) {
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem item : items) {
            all.add(item);
            item.setExpanded(true);
            all.addAll(allItems(item.getItems()));
        }
        return all;
    }

    private static void assertOthersUnchanged(Map<String, Point> before, Map<String, Point> after, String step) {
        before.forEach((id, position) -> assertEquals(position, after.get(id), step + " moved " + id));
        assertNotEquals(0, before.size());
    }
}
