package org.framewright.diagram.ui.commands;

import static org.framewright.diagram.ui.commands.Gestures.doubleClick;
import static org.framewright.diagram.ui.commands.Gestures.find;
import static org.framewright.diagram.ui.commands.Gestures.findAll;
import static org.framewright.diagram.ui.commands.Gestures.page;
import static org.framewright.diagram.ui.commands.Gestures.pick;
import static org.framewright.diagram.ui.commands.Gestures.processEvents;
import static org.framewright.diagram.ui.commands.Gestures.screenshot;
import static org.framewright.diagram.ui.commands.Gestures.waitFor;
import static org.framewright.diagram.ui.commands.ReachingDiagramsTest.assertDiagramShown;
import static org.framewright.diagram.ui.commands.ReachingDiagramsTest.explorer;
import static org.framewright.diagram.ui.commands.ReachingDiagramsTest.fileItem;
import static org.framewright.diagram.ui.commands.ReachingDiagramsTest.freshSample;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.framewright.diagram.ui.commands.ReachingDiagramsTest.Expected;
import org.framewright.model.Area;
import org.framewright.model.LogicModel;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a person opens diagrams from the form editor: the Structure tree's context menu (a logic model, an area with a
 * logic model, nothing selected: the framework), double-click on a logic model, the Overview page's Diagrams links; and the framework's Open Diagram
 * in the explorer.
 */
class FormEditorOpenDiagramTest {

    private static final String OPTION_TWO = "adass-2020-option-two.framework";
    private static final String LOGIC_MODEL = "CA1-LM";

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(300);
    }

    @Test
    void aLogicModelOpensItsDiagramFromTheContextMenuByDoubleClickAndFromTheOverview() throws Exception {
        ModelExplorerView explorer = explorer();
        IFile file = freshSample(OPTION_TWO);
        doubleClick(fileItem(explorer, file));
        waitFor(() -> page().getActiveEditor() instanceof FrameworkEditor, 10_000, () -> "the form editor opens");
        FrameworkEditor form = (FrameworkEditor) page().getActiveEditor();
        LogicModel logicModel = (LogicModel) form.document().resource().getEObject(LOGIC_MODEL);
        Expected diagram = new Expected(logicModel.getName(), LOGIC_MODEL, logicModel.getName());

        clickLink(form, logicModel.getName());
        assertDiagramShown(file, diagram);
        closeDiagrams();

        clickLink(form, "Structure diagram");
        assertDiagramShown(file, new Expected("Structure", null, OpenDiagramCommandHandler.structureTitle(file)));
        closeDiagrams();

        form.setActivePage("structure");
        processEvents(200);
        Tree tree = find(form.getActivePageInstance().getPartControl(), Tree.class);
        TreeItem logicModelItem = itemOf(tree, logicModel);
        select(logicModelItem);
        pick(tree.getMenu(), "Open Diagram");
        assertDiagramShown(file, diagram);
        closeDiagrams();

        select(itemOf(tree, (Area) logicModel.eContainer()));
        pick(tree.getMenu(), "Open Diagram");
        assertDiagramShown(file, diagram);
        closeDiagrams();

        tree.deselectAll();
        tree.notifyListeners(SWT.Selection, new Event());
        pick(tree.getMenu(), "Open Diagram");
        assertDiagramShown(file, new Expected("Structure", null, OpenDiagramCommandHandler.structureTitle(file)));
        closeDiagrams();

        doubleClick(itemOf(tree, logicModel));
        assertDiagramShown(file, diagram);
        screenshot("form-editor-open-diagram.png");
    }

    @Test
    void theFrameworkElementInTheExplorerOpensTheStructureDiagram() throws Exception {
        ModelExplorerView explorer = explorer();
        IFile file = freshSample(OPTION_TWO);
        TreeItem fileItem = fileItem(explorer, file);
        Gestures.expand(fileItem);
        Object framework = fileItem.getItems()[0].getData();
        explorer.viewer().setSelection(new StructuredSelection(framework), true);
        pick(explorer.viewer().getTree().getMenu(), "Open Diagram");
        assertDiagramShown(file, new Expected("Structure", null, OpenDiagramCommandHandler.structureTitle(file)));
    }

    private static void closeDiagrams() {
        List.of(page().getEditorReferences()).stream()
            .filter(r -> r.getId().equals(org.framewright.diagram.ui.editor.DiagramEditor.ID))
            .forEach(r -> page().closeEditor(r.getEditor(false), false));
        processEvents(200);
        page().activate(page().getEditorReferences()[0].getEditor(false));
    }

    /** Clicks the Overview page's link labelled {@code label} (mouse down and up on it, as a person does). */
    private static void clickLink(FrameworkEditor form, String label) {
        form.setActivePage("overview");
        processEvents(200);
        Hyperlink link = findAll(form.getActivePageInstance().getPartControl(), Hyperlink.class).stream()
            .filter(h -> h.getText().equals(label)).findFirst()
            .orElseThrow(() -> new AssertionError("no link '" + label + "' on the Overview page"));
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event click = new Event();
            click.button = 1;
            click.x = 2;
            click.y = 2;
            link.notifyListeners(type, click);
        }
        processEvents(200);
    }

    private static void select(TreeItem item) {
        item.getParent().setSelection(item);
        Event event = new Event();
        event.item = item;
        item.getParent().notifyListeners(SWT.Selection, event);
        processEvents(100);
    }

    /** The item showing {@code element}, expanding its ancestors' items as a person clicks their arrows. */
    private static TreeItem itemOf(Tree tree, Object element) {
        Deque<TreeItem> items = new ArrayDeque<>(List.of(tree.getItems()));
        while (!items.isEmpty()) {
            TreeItem item = items.poll();
            if (item.getData() == element) {
                return item;
            }
            if (item.getData() instanceof Area) {
                Gestures.expand(item);
                items.addAll(List.of(item.getItems()));
            }
        }
        throw new AssertionError("the tree does not show " + element);
    }
}
