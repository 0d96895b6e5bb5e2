package org.framewright.diagram.ui.commands;

import static org.framewright.diagram.ui.commands.Gestures.child;
import static org.framewright.diagram.ui.commands.Gestures.doubleClick;
import static org.framewright.diagram.ui.commands.Gestures.expand;
import static org.framewright.diagram.ui.commands.Gestures.item;
import static org.framewright.diagram.ui.commands.Gestures.labels;
import static org.framewright.diagram.ui.commands.Gestures.page;
import static org.framewright.diagram.ui.commands.Gestures.pick;
import static org.framewright.diagram.ui.commands.Gestures.processEvents;
import static org.framewright.diagram.ui.commands.Gestures.screenshot;
import static org.framewright.diagram.ui.commands.Gestures.show;
import static org.framewright.diagram.ui.commands.Gestures.top;
import static org.framewright.diagram.ui.commands.Gestures.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.framewright.testing.ui.Workbenches;
import org.framewright.diagram.ui.editor.DiagramEditor;
import org.framewright.model.Framework;
import org.framewright.model.LogicModel;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a person reaches every diagram from the Model Explorer: the Diagrams node under each framework file (double
 * click) and the file's context menu (Open Diagram, Open With), for every sample.
 */
class ReachingDiagramsTest {

    private static final String OPTION_TWO = "adass-2020-option-two.framework";

    /** A diagram a sample should list: its label, the logic model's id (null: the structure), the editor's title. */
    record Expected(String label, String logicModelId, String title) {
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(300);
    }

    @Test
    void everyDiagramOfEverySampleOpensByDoubleClickOnTheExplorersDiagramsNode() throws Exception {
        ModelExplorerView explorer = explorer();
        for (String sample : Samples.FRAMEWORKS) {
            page().closeAllEditors(false);
            IFile file = freshSample(sample);
            List<Expected> expected = expectedDiagrams(file);
            TreeItem diagrams = child(fileItem(explorer, file), "Diagrams");
            expand(diagrams);
            assertEquals(expected.stream().map(Expected::label).toList(),
                List.of(diagrams.getItems()).stream().map(TreeItem::getText).toList(), sample + ": the Diagrams node");
            for (Expected diagram : expected) {
                doubleClick(child(child(fileItem(explorer, file), "Diagrams"), diagram.label()));
                assertDiagramShown(file, diagram);
            }
            if (sample.equals(OPTION_TWO)) {
                explorer.viewer().reveal(file);
                screenshot("explorer-diagrams-node.png");
            }
        }
    }

    @Test
    void theFilesContextMenuOpensEachDiagramAndOpenWithListsBothEditors() throws Exception {
        ModelExplorerView explorer = explorer();
        IFile file = freshSample(OPTION_TWO);
        explorer.viewer().setSelection(new StructuredSelection(file), true);
        Menu menu = explorer.viewer().getTree().getMenu();
        List<String> labels = labels(show(menu));
        for (String expected : List.of("Open", "Open Diagram", "Open With", "Validate", "Score...", "Simulate...",
            "Copy", "Paste", "Rename...", "Refresh", "Delete")) {
            assertTrue(labels.contains(expected), "the context menu of a framework file has " + expected + ": " + labels);
        }
        List<String> editors = labels(show(item(menu, "Open With").getMenu()));
        assertTrue(editors.contains("Framework Editor") && editors.contains("Framework Diagram"),
            "Open With lists both editors: " + editors);
        menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());

        List<Expected> expected = expectedDiagrams(file);
        assertEquals(expected.stream().map(Expected::label).toList(),
            labels(show(item(menu, "Open Diagram").getMenu())), "Open Diagram lists every diagram");
        for (Expected diagram : expected) {
            explorer.viewer().setSelection(new StructuredSelection(file), true);
            pick(menu, "Open Diagram", diagram.label());
            assertDiagramShown(file, diagram);
        }
        screenshot("explorer-open-diagram-menu.png");

        page().activate(explorer);
        explorer.viewer().setSelection(new StructuredSelection(file), true);
        pick(menu, "Open With", "Framework Editor");
        waitFor(() -> page().getActiveEditor() instanceof FrameworkEditor, 10_000, () -> "Open With > Framework Editor");
        page().activate(explorer);
        pick(menu, "Open");
        assertEquals(file.getName(), page().getActiveEditor().getTitle(), "Open shows the form editor of the file");
    }

    static ModelExplorerView explorer() throws Exception {
        ModelExplorerView explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
        page().activate(explorer);
        Gestures.shell().setBounds(0, 0, 1280, 860);
        return explorer;
    }

    /** The explorer's item of {@code file} (Samples > models > file), expanded as a person would. */
    static TreeItem fileItem(ModelExplorerView explorer, IFile file) {
        explorer.viewer().refresh();
        TreeItem at = top(explorer.viewer().getTree(), file.getProject().getName());
        for (String segment : file.getProjectRelativePath().segments()) {
            at = child(at, segment);
        }
        return at;
    }

    /**
     * The diagrams {@code file} should list: the structure, then each logic model by name, in model order, then the
     * example plugin's indicator lineage when that plugin is installed.
     */
    static List<Expected> expectedDiagrams(IFile file) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(file.getLocation().toFile().toPath());
        List<Expected> expected = new ArrayList<>();
        expected.add(new Expected("Structure", null, OpenDiagramCommandHandler.structureTitle(file)));
        for (EObject element : (Iterable<EObject>) framework::eAllContents) {
            if (element instanceof LogicModel logicModel) {
                expected.add(new Expected(logicModel.getName(), logicModel.getId(), logicModel.getName()));
            }
        }
        if (org.eclipse.core.runtime.Platform.getBundle(ContributedDiagramTypeTest.EXAMPLES) != null) {
            // the example plugin (in this test runtime) contributes a diagram type opened on every framework
            expected.add(new Expected(ContributedDiagramTypeTest.LINEAGE, null,
                file.getName().replace(".framework", "") + " (" + ContributedDiagramTypeTest.LINEAGE + ")"));
        }
        return expected;
    }

    /** The active editor shows {@code diagram} of {@code file}, titled as expected, and the client drew it. */
    static void assertDiagramShown(IFile file, Expected diagram) {
        waitFor(() -> page().getActiveEditor() instanceof DiagramEditor editor
            && Objects.equals(editor.logicModelId(), diagram.logicModelId()), 20_000,
            () -> "the diagram '" + diagram.label() + "' of " + file.getName() + " is not the active editor: "
                + activeEditorTitle());
        DiagramEditor editor = (DiagramEditor) page().getActiveEditor();
        assertEquals(diagram.title(), editor.getTitle(), "the editor's tab");
        waitFor(() -> "ready".equals(editor.clientStatus()), 60_000, () -> file.getName() + " / " + diagram.label()
            + ": the diagram did not render: client status '" + editor.clientStatus() + "'");
    }

    private static String activeEditorTitle() {
        IEditorPart editor = page().getActiveEditor();
        return editor == null ? "none" : editor.getClass().getSimpleName() + " '" + editor.getTitle() + "'";
    }

    /** The workspace copy of sample {@code fileName}, reset to the original, without a saved layout. */
    static IFile freshSample(String fileName) throws Exception {
        return Workbenches.freshSampleWithoutLayout(fileName);
    }
}
