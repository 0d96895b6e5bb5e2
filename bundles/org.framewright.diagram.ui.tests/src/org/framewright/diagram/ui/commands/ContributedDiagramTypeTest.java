package org.framewright.diagram.ui.commands;

import static org.framewright.diagram.ui.commands.Gestures.item;
import static org.framewright.diagram.ui.commands.Gestures.labels;
import static org.framewright.diagram.ui.commands.Gestures.page;
import static org.framewright.diagram.ui.commands.Gestures.pick;
import static org.framewright.diagram.ui.commands.Gestures.processEvents;
import static org.framewright.diagram.ui.commands.Gestures.screenshot;
import static org.framewright.diagram.ui.commands.Gestures.show;
import static org.framewright.diagram.ui.commands.Gestures.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Menu;
import org.framewright.diagram.ui.editor.DiagramEditor;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A diagram type contributed by a plugin (the example plugin's indicator lineage, through
 * {@code org.framewright.diagram.types}) is reached as a person reaches the built-in ones: the explorer's Open Diagram
 * submenu of a framework file lists it after the structure and the logic models, and choosing it opens a diagram
 * editor named after it, in which the web client draws the lineage the server built.
 */
class ContributedDiagramTypeTest {

    static final String EXAMPLES = "org.framewright.examples";
    static final String LINEAGE = "Indicator lineage";
    private static final String OPTION_ONE = "adass-2020-option-one.framework";

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(300);
    }

    @Test
    void theExplorersOpenDiagramMenuListsTheLineageDiagramAndOpensIt() throws Exception {
        assertNotNull(Platform.getBundle(EXAMPLES), "the example plugin is installed in this runtime");
        ModelExplorerView explorer = ReachingDiagramsTest.explorer();
        IFile file = ReachingDiagramsTest.freshSample(OPTION_ONE);
        explorer.viewer().setSelection(new StructuredSelection(file), true);
        Menu menu = explorer.viewer().getTree().getMenu();
        show(menu);
        List<String> diagrams = labels(show(item(menu, "Open Diagram").getMenu()));
        assertEquals("Structure", diagrams.get(0), "the built-in structure comes first: " + diagrams);
        assertEquals(LINEAGE, diagrams.get(diagrams.size() - 1), "the plugin's diagram comes last: " + diagrams);
        screenshot("open-diagram-menu-with-lineage.png");
        menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());

        explorer.viewer().setSelection(new StructuredSelection(file), true);
        pick(menu, "Open Diagram", LINEAGE);
        waitFor(() -> page().getActiveEditor() instanceof DiagramEditor editor
            && "org.framewright.examples.lineage".equals(editor.diagramType()), 20_000,
            () -> "the lineage diagram is not the active editor");
        DiagramEditor editor = (DiagramEditor) page().getActiveEditor();
        assertEquals("adass-2020-option-one (" + LINEAGE + ")", editor.getTitle(), "the editor's tab names it");
        waitFor(() -> "ready".equals(editor.clientStatus()), 60_000,
            () -> "the lineage diagram did not render: client status '" + editor.clientStatus() + "'");
        // 63 indicators with a lineage, and the ASCOF 2019-20 ids they keep or revise (LineageDiagramTest)
        waitFor(() -> nodeCount(editor) >= 63, 20_000, () -> "boxes drawn: " + nodeCount(editor));
        assertTrue(nodeCount(editor) >= 63);
        screenshot("lineage-diagram.png");
    }

    private static int nodeCount(DiagramEditor editor) {
        Object count = editor.browser().evaluate("return window.fwNodeCount ? fwNodeCount() : 0;");
        return count instanceof Number number ? number.intValue() : 0;
    }
}
